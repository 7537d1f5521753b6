using Collaboration.Organisations;

namespace Collaboration.Grains.Tests.Organisations;

/// <summary>The names directory: every body's name in one answer, current after a rename, and learnt again when activated.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BodyNamesTests(ClusterFixture fixture)
{
    private const string CountyCouncil = "817920632";

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    [Fact]
    public async Task Names_every_registered_body_asked_for_and_a_new_name_at_once()
    {
        var name = Unique("Malvik");
        await Seed.MunicipalityAsync(fixture.Grains, "5031", name);
        var council = Unique("Trøndelag fylkeskommune");
        await fixture.Grains.GetGrain<IOrganisationGrain>(CountyCouncil)
            .PutAsync(new OrganisationProfile(council, OrganisationKind.CountyCouncil, "Trøndelag", null, null, []));

        var names = await fixture.Grains.NamesAsync(["5031", CountyCouncil, "958731558", "5031", "neither"]);
        Assert.Equal(2, names.Count);
        Assert.Equal(name, names["5031"]);
        Assert.Equal(council, names[CountyCouncil]);

        var renamed = Unique("Malvik kommune");
        await Seed.MunicipalityAsync(fixture.Grains, "5031", renamed);
        Assert.Equal(renamed, (await fixture.Grains.NamesAsync(["5031"]))["5031"]);
    }

    [Fact]
    public async Task A_directory_activated_after_the_bodies_were_registered_asks_each_for_its_name()
    {
        var name = Unique("Meråker");
        await Seed.MunicipalityAsync(fixture.Grains, "5034", name);

        var fresh = fixture.Grains.GetGrain<IBodyNamesGrain>($"test-{Guid.NewGuid():N}");
        var names = await fresh.NamesAsync(["5034", "958731558"]);

        Assert.Equal(name, Assert.Single(names).Value);
    }
}
