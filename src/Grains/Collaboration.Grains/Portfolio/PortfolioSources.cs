using Collaboration.Registers;

namespace Collaboration.Portfolio;

/// <summary>
/// Which grains report to the portfolio, kept in registers of 64 shards so that recording a new
/// source writes a small set, not a list of every object in the region.
/// </summary>
public static class PortfolioSources
{
    public const int Shards = 64;

    public static Task AddAsync(IGrainFactory grains, string source) => Shard(grains, ShardOf(source)).AddAsync(source);

    public static async Task<IReadOnlyList<string>> ListAsync(IGrainFactory grains)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, Shards).Select(n => Shard(grains, n).ListAsync()));
        return [.. shards.SelectMany(ids => ids)];
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is not).</summary>
    public static int ShardOf(string source)
    {
        var hash = 2166136261u;
        foreach (var c in source)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % Shards);
    }

    private static IRegisterGrain Shard(IGrainFactory grains, int n) =>
        grains.GetGrain<IRegisterGrain>(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"portfolio-sources/{n:00}"));
}
