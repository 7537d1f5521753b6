using Collaboration.Api;
using Collaboration.Federation;
using Collaboration.Portfolio;

namespace Collaboration.Gateway.Federation;

/// <summary>
/// The regions a portfolio answer can cover: ours and each configured peer's, found by label
/// ("all" for every one), and how current each is. Reads only our own copies, never a peer.
/// </summary>
public sealed class PeerRegions(PeerDirectory peers, IGrainFactory grains)
{
    public const string All = "all";

    /// <summary>Our own region's label; empty when none is configured.</summary>
    public string OwnRegion => peers.OwnRegion;

    /// <summary>The filter's regions for the words asked; an unknown label is refused naming <c>region[i]</c>.</summary>
    public IReadOnlyList<string> Resolve(IReadOnlyList<string> asked)
    {
        var regions = new List<string>();
        for (var i = 0; i < asked.Count; i++)
        {
            var word = asked[i].Trim();
            if (word.Equals(All, StringComparison.OrdinalIgnoreCase))
            {
                regions.Add(PortfolioFilter.OwnRegion);
                regions.AddRange(peers.Regions.Values);
            }
            else if (word.Equals(peers.OwnRegion, StringComparison.OrdinalIgnoreCase))
            {
                regions.Add(PortfolioFilter.OwnRegion);
            }
            else
            {
                var peer = peers.PeerOf(word) ?? throw CollaborationException.Invalid($"region[{i}]",
                    $"region[{i}]: '{word}' is not a region here; the regions are {string.Join(", ", [All, peers.OwnRegion, .. peers.Regions.Values])}.");
                regions.Add(peers.Regions[peer]);
            }
        }

        return [.. regions.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Each region of <paramref name="regions"/> (empty: ours alone) with how current its entries are.</summary>
    public async Task<IReadOnlyList<Api.V1.PortfolioRegion>> DescribeAsync(IReadOnlyList<string> regions)
    {
        var answer = new List<Api.V1.PortfolioRegion>();
        if (regions.Count == 0 || regions.Contains(PortfolioFilter.OwnRegion))
        {
            answer.Add(new Api.V1.PortfolioRegion { Region = peers.OwnRegion, Own = true, State = "current" });
        }

        var shown = peers.Regions.Where(p => regions.Contains(p.Value)).ToList();
        var statuses = await Task.WhenAll(shown.Select(p => grains.GetGrain<IPeerCopyGrain>(p.Key).StatusAsync()));
        answer.AddRange(shown.Select((p, i) => Describe(p.Value, statuses[i])));
        return answer;
    }

    private static Api.V1.PortfolioRegion Describe(string label, PeerCopyStatus status)
    {
        var region = new Api.V1.PortfolioRegion
        {
            Region = label,
            Entries = status.Entries,
            State = status.AsOf is null ? "never" : status.FailedAt is not null ? "behind" : "current",
        };
        if (status.AsOf is { } asOf)
        {
            region.AsOf = Wire.Instant(asOf);
        }

        if (status.Error is { } error)
        {
            region.Error = error;
        }

        return region;
    }
}
