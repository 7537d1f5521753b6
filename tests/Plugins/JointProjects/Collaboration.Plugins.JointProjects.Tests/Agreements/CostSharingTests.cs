using Collaboration.JointProjects.Agreements;

namespace Collaboration.JointProjects.Tests.Agreements;

public sealed class CostSharingTests
{
    private static readonly Party[] Parties =
    [
        new("5001", "Trondheim", 210_496, 2022, null),
        new("5028", "Melhus", 17_123, 2022, null),
        new("5031", "Malvik", 14_425, 2022, null),
    ];

    private static Dictionary<string, decimal> Bills(CostKey key, decimal total, Party[]? parties = null) =>
        CostSharing.Allocate(new CostAgreement(1, key, parties ?? Parties, null, DateTimeOffset.UnixEpoch), total)
            .ToDictionary(b => b.MunicipalityId, b => b.Amount);

    private static Party[] WithValues(params decimal[] values) => [.. Parties.Select((p, i) => p with { Value = values[i] })];

    [Fact]
    public void Equal_shares_differ_by_at_most_one_ore_and_add_up()
    {
        var bills = Bills(new CostKey(CostKeyKind.Equal, null, null, null), 100_000);
        Assert.Equal(100_000, bills.Values.Sum());
        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], bills.Values.Order());
    }

    [Fact]
    public void Per_inhabitant_shares_follow_the_population()
    {
        var bills = Bills(new CostKey(CostKeyKind.PerInhabitant, 2022, null, null), 242_044);
        Assert.Equal(210_496, bills["5001"]);
        Assert.Equal(17_123, bills["5028"]);
        Assert.Equal(14_425, bills["5031"]);
    }

    [Fact]
    public void Fixed_amounts_are_paid_as_agreed_when_costs_equal_their_sum_and_in_proportion_otherwise()
    {
        var parties = WithValues(300_000, 100_000, 100_000);
        var key = new CostKey(CostKeyKind.Fixed, null, null, new Dictionary<string, decimal> { ["5001"] = 300_000, ["5028"] = 100_000, ["5031"] = 100_000 });

        Assert.Equal(300_000, Bills(key, 500_000, parties)["5001"]);
        Assert.Equal(240_000, Bills(key, 400_000, parties)["5001"]);
    }

    [Fact]
    public void Base_plus_per_inhabitant_takes_the_base_first_and_the_rest_by_population()
    {
        var key = new CostKey(CostKeyKind.BasePlusPerInhabitant, 2022, 50_000, null);

        var bills = Bills(key, 150_000 + 242_044);
        Assert.Equal(50_000 + 210_496, bills["5001"]);
        Assert.Equal(50_000 + 14_425, bills["5031"]);

        var small = Bills(key, 90_000);
        Assert.Equal([30_000m, 30_000m, 30_000m], small.Values);
    }

    [Fact]
    public void Percentages_split_by_the_agreed_percent()
    {
        var bills = Bills(new CostKey(CostKeyKind.Percentages, null, null, null), 1_000, WithValues(50, 25, 25));
        Assert.Equal(500, bills["5001"]);
        Assert.Equal(250, bills["5031"]);
    }

    [Theory]
    [InlineData(CostKeyKind.Equal)]
    [InlineData(CostKeyKind.PerInhabitant)]
    [InlineData(CostKeyKind.Fixed)]
    [InlineData(CostKeyKind.BasePlusPerInhabitant)]
    [InlineData(CostKeyKind.Percentages)]
    public void Every_key_adds_up_exactly_to_the_total_to_the_ore(CostKeyKind kind)
    {
        var random = new Random((int)kind + 2009);
        for (var run = 0; run < 200; run++)
        {
            var parties = Enumerable.Range(0, random.Next(1, 12))
                .Select(i => new Party($"{5001 + i}", $"Kommune {i}", random.Next(0, 250_000), 2022, random.Next(1, 1_000)))
                .ToArray();
            var key = new CostKey(kind, 2022, random.Next(0, 100_000), null);
            var total = random.Next(0, 50_000_000) / 100m;

            var bills = CostSharing.Allocate(new CostAgreement(1, key, parties, null, DateTimeOffset.UnixEpoch), total);

            Assert.Equal(total, bills.Sum(b => b.Amount));
            Assert.All(bills, b => Assert.Equal(b.Amount, decimal.Round(b.Amount, 2)));
        }
    }
}
