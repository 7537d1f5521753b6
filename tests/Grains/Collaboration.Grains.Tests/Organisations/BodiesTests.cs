using Collaboration.Forums;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Projects;

namespace Collaboration.Grains.Tests.Organisations;

/// <summary>One id reaches a municipality or an organisation, whichever it names.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BodiesTests(ClusterFixture fixture)
{
    private static OrganisationProfile CountyCouncil(string name) => new(name, OrganisationKind.CountyCouncil, "Trøndelag", null, null, []);

    [Fact]
    public void Tells_the_two_kinds_of_id_apart()
    {
        Assert.True(Bodies.IsKommunenummer("5001"));
        Assert.False(Bodies.IsKommunenummer("817920632"));
        Assert.True(Bodies.IsOrganisationNumber("817920632"));
        Assert.False(Bodies.IsOrganisationNumber("817920633"));
        Assert.False(Bodies.IsOrganisationNumber("5001"));
    }

    [Fact]
    public async Task Finds_and_names_either_kind_and_nothing_else()
    {
        await Seed.MunicipalityAsync(fixture.Grains, "5031", "Malvik");
        await fixture.Grains.GetGrain<IOrganisationGrain>("817920632").PutAsync(CountyCouncil("Trøndelag fylkeskommune"));

        Assert.True(await fixture.Grains.ExistsAsync("5031"));
        Assert.True(await fixture.Grains.ExistsAsync("817920632"));
        Assert.False(await fixture.Grains.ExistsAsync("958731558"));
        Assert.False(await fixture.Grains.ExistsAsync("817920633"));
        Assert.Equal("Malvik", await fixture.Grains.NameAsync("5031"));
        Assert.Equal("Trøndelag fylkeskommune", await fixture.Grains.NameAsync("817920632"));
        Assert.Null(await fixture.Grains.NameAsync("958731558"));
    }

    [Fact]
    public async Task Memberships_reach_the_organisation_as_they_reach_a_municipality()
    {
        var county = fixture.Grains.GetGrain<IOrganisationGrain>("938634556");
        await county.PutAsync(CountyCouncil("Sør-Trøndelag fylkeskommune"));
        var membership = new ForumMembership("trondheimsregionen", MembershipRole.Member, new DateOnly(2009, 1, 1), new DateOnly(2017, 12, 31));

        await fixture.Grains.SetMembershipsAsync("938634556", "trondheimsregionen", [membership]);
        var version = (await county.GetAsync()).Version;
        await fixture.Grains.SetMembershipsAsync("938634556", "trondheimsregionen", [membership]);
        Assert.Equal(membership, Assert.Single((await county.GetAsync()).Forums));
        Assert.Equal(version, (await county.GetAsync()).Version);

        await fixture.Grains.SetMembershipsAsync("938634556", "trondheimsregionen", []);
        Assert.Empty((await county.GetAsync()).Forums);
        await Assert.ThrowsAsync<CollaborationException>(() => fixture.Grains.SetMembershipsAsync("12345", "trondheimsregionen", [membership]));
    }

    [Fact]
    public async Task An_organisation_is_refused_under_a_number_failing_the_check_and_a_project_takes_only_registered_bodies()
    {
        var refused = await Assert.ThrowsAsync<CollaborationException>(() =>
            fixture.Grains.GetGrain<IOrganisationGrain>("938634557").PutAsync(CountyCouncil("Feil")));
        Assert.Equal("organisationNumber", refused.Field);
        Assert.False(await fixture.Grains.GetGrain<IOrganisationGrain>("938634557").ExistsAsync());

        var project = fixture.Grains.GetGrain<IProjectGrain>(Seed.NewForumId("prosjekt"));
        await project.PutAsync(new ProjectProfile("Felles", null, [], null, null, null, [], []));
        await fixture.Grains.GetGrain<IOrganisationGrain>("938967091").PutAsync(CountyCouncil("Nord-Trøndelag fylkeskommune"));
        await project.PutParticipantAsync(new Participant("938967091", "participant"));
        var unknown = await Assert.ThrowsAsync<CollaborationException>(() => project.PutParticipantAsync(new Participant("944426124", "participant")));
        Assert.Equal("kommunenummer", unknown.Field);
        Assert.Equal(["938967091"], (await project.GetAsync()).Participants.Select(p => p.MunicipalityId));
    }
}
