using Collaboration.Forums;
using Collaboration.MembershipFees.Models;
using Collaboration.Municipalities;

namespace Collaboration.MembershipFees.Tests;

/// <summary>A test cluster on SQLite, and councils of test municipalities.</summary>
public sealed class FeesCluster : TestClusterFixture
{
    private int _councils;

    protected override Task SeedAsync() =>
        Grains.GetGrain<IForumGrain>("fosenregionen").PutAsync(new ForumProfile("Fosenregionen", ForumKind.Council, null, "FR", null));

    /// <summary>
    /// A council with municipalities of its own (so no test makes another's members double):
    /// Big and Middle are members since 2018, TwoCouncils is also in Fosenregionen, Observer observes,
    /// Late joins in mid-2023.
    /// </summary>
    public async Task<TestCouncil> CouncilAsync()
    {
        var county = 30 + Interlocked.Increment(ref _councils);
        var council = new TestCouncil($"council-{county}", $"{county}01", $"{county}02", $"{county}03", $"{county}04", $"{county}05");
        foreach (var (id, population) in new[] { (council.Big, 210_496), (council.Middle, 17_123), (council.TwoCouncils, 9_899), (council.Observer, 4_090), (council.Late, 24_287) })
        {
            await Grains.GetGrain<IMunicipalityGrain>(id).PutAsync(new MunicipalityProfile($"Kommune {id}", "Trøndelag", new Population(population, 2022, null), []));
        }

        await Grains.GetGrain<IForumGrain>("fosenregionen").AddMemberAsync(new Member(council.TwoCouncils, MembershipRole.Member, new DateOnly(2018, 1, 1), null));
        var forum = Grains.GetGrain<IForumGrain>(council.Id);
        await forum.PutAsync(new ForumProfile("Testregionen", ForumKind.Council, null, "TT", null));
        foreach (var member in new[] { council.Big, council.Middle, council.TwoCouncils })
        {
            await forum.AddMemberAsync(new Member(member, MembershipRole.Member, new DateOnly(2018, 1, 1), null));
        }

        await forum.AddMemberAsync(new Member(council.Observer, MembershipRole.Observer, new DateOnly(2018, 1, 1), null));
        await forum.AddMemberAsync(new Member(council.Late, MembershipRole.Member, new DateOnly(2023, 7, 1), null));
        return council;
    }

    public IFeeYearGrain Year(string council, int year) => Grains.GetGrain<IFeeYearGrain>($"{council}/{year}");

    public static FeeModel Model(string name, decimal rate = 3, Discount? discount = null) =>
        new(name, $"Modell {name}", 100_000, rate, null, null, new ObserverRule(true, 0), discount ?? new Discount(20, 0), 500_000, null, null, null);
}

/// <summary>A test council and its municipalities.</summary>
public sealed record TestCouncil(string Id, string Big, string Middle, string TwoCouncils, string Observer, string Late);

[CollectionDefinition(Name)]
public sealed class FeesCollection : ICollectionFixture<FeesCluster>
{
    public const string Name = "fees";
}
