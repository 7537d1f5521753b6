using Collaboration.Api;
using Collaboration.Federation;
using Collaboration.Portfolio;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Federation;

/// <summary>
/// The regions a portfolio answer can cover: ours and each configured peer's, found by label
/// ("all" for every one), and how current each is. Reads only our own copies, never a peer.
/// </summary>
public sealed class PeerRegions(IOptions<FederationOptions> options, IGrainFactory grains)
{
    public const string All = "all";

    private FederationOptions Federation => options.Value;

    /// <summary>The filter's regions for the words asked; an unknown label is refused naming <c>region[i]</c>.</summary>
    public IReadOnlyList<string> Resolve(IReadOnlyList<string> asked)
    {
        var peers = Federation.Peers.Values.Select(p => p.Region).ToList();
        var regions = new List<string>();
        for (var i = 0; i < asked.Count; i++)
        {
            var word = asked[i].Trim();
            if (word.Equals(All, StringComparison.OrdinalIgnoreCase))
            {
                regions.Add(PortfolioFilter.OwnRegion);
                regions.AddRange(peers);
            }
            else if (word.Equals(Federation.Region, StringComparison.OrdinalIgnoreCase))
            {
                regions.Add(PortfolioFilter.OwnRegion);
            }
            else
            {
                regions.Add(peers.FirstOrDefault(p => p.Equals(word, StringComparison.OrdinalIgnoreCase))
                    ?? throw CollaborationException.Invalid($"region[{i}]",
                        $"region[{i}]: '{word}' is not a region here; the regions are {string.Join(", ", [All, Federation.Region, .. peers])}."));
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
            answer.Add(new Api.V1.PortfolioRegion { Region = Federation.Region, Own = true, State = "current" });
        }

        foreach (var (name, peer) in Federation.Peers.Where(p => regions.Contains(p.Value.Region)))
        {
            var status = await grains.GetGrain<IPeerCopyGrain>(name).StatusAsync();
            var region = new Api.V1.PortfolioRegion
            {
                Region = peer.Region,
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

            answer.Add(region);
        }

        return answer;
    }
}
