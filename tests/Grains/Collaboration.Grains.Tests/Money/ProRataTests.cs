using Collaboration.Money;

namespace Collaboration.Grains.Tests.Money;

public sealed class ProRataTests
{
    [Theory]
    [InlineData(100_000, new[] { 1.0, 1.0, 1.0 })]
    [InlineData(0.05, new[] { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 })]
    [InlineData(960_000, new[] { 600_000.0, 200_000.0, 150_000.0, 250_000.0 })]
    [InlineData(12_345.67, new[] { 3.0, 7.0, 11.0, 13.0 })]
    [InlineData(500, new[] { 0.0, 0.0 })]
    public void Shares_add_up_exactly_and_stay_within_one_ore_of_the_exact_share(double amount, double[] weights)
    {
        var total = (decimal)amount;
        var parts = weights.Select((w, i) => ($"{5000 + i}", (decimal)w)).ToList();

        var shares = ProRata.Split(total, parts);

        Assert.Equal(total, shares.Values.Sum());
        var weightSum = parts.Sum(p => p.Item2);
        foreach (var (id, weight) in parts)
        {
            var exact = weightSum == 0 ? total / parts.Count : total * weight / weightSum;
            Assert.True(Math.Abs(shares[id] - exact) < 0.01m, $"{id}: {shares[id]} vs {exact}");
            Assert.Equal(shares[id], decimal.Round(shares[id], 2));
        }
    }

    [Fact]
    public void Random_splits_always_add_up_to_the_ore()
    {
        var random = new Random(2022);
        for (var run = 0; run < 500; run++)
        {
            var total = random.Next(0, 10_000_000) / 100m;
            var parts = Enumerable.Range(0, random.Next(1, 12)).Select(i => ($"{5000 + i}", (decimal)random.Next(0, 500_000))).ToList();

            Assert.Equal(total, ProRata.Split(total, parts).Values.Sum());
        }
    }

    [Fact]
    public void Random_splits_of_amounts_up_to_the_largest_add_up_to_the_ore_and_each_part_is_whole_ore()
    {
        var random = new Random(13);
        for (var run = 0; run < 2000; run++)
        {
            // From one øre to 99 999 999 999.99, and weights as keys use them: percentages with two decimals, inhabitants, or none.
            var total = random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 14))) / 100m;
            var parts = Enumerable.Range(0, random.Next(1, 50)).Select(i => ($"{5000 + i}", (run % 3) switch
            {
                0 => random.Next(0, 10_001) / 100m,
                1 => (decimal)random.Next(0, 800_000),
                _ => 0m,
            })).ToList();

            var shares = ProRata.Split(total, parts);

            Assert.Equal(total, shares.Values.Sum());
            var weightSum = parts.Sum(p => p.Item2);
            foreach (var (id, weight) in parts)
            {
                var exact = weightSum == 0 ? total / parts.Count : total * weight / weightSum;
                Assert.True(Math.Abs(shares[id] - exact) < 0.01m, $"{id}: {shares[id]} vs {exact}");
                Assert.Equal(shares[id], decimal.Round(shares[id], 2));
                Assert.True(shares[id] >= 0);
            }
        }
    }
}
