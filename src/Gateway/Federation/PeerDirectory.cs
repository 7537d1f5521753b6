using System.Security.Claims;
using Collaboration.Access;
using Collaboration.Federation;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Federation;

/// <summary>The configured peers: by name, by region label, and by the caller a token proves.</summary>
public sealed class PeerDirectory(IOptions<FederationOptions> options) : IPeerDirectory
{
    private IReadOnlyDictionary<string, string>? _regions;

    private FederationOptions Federation => options.Value;

    public string OwnRegion => Federation.Region;

    // Options bound once at start do not change, so the map is made once.
    public IReadOnlyDictionary<string, string> Regions => _regions ??= Federation.Peers.ToDictionary(p => p.Key, p => p.Value.Region, StringComparer.Ordinal);

    public string? PeerOf(string region) =>
        Federation.Peers.FirstOrDefault(p => p.Value.Region.Equals(region, StringComparison.OrdinalIgnoreCase)).Key;

    /// <summary>
    /// The peer a caller is: a peer's machine token names its organisation number as consumer
    /// ("0192:&lt;number&gt;"), acting for itself (no supplier). Null for any other caller.
    /// </summary>
    /// <summary>The change-feed kinds we share with the peer the caller is, beside the public ones; null when the caller is not a configured peer.</summary>
    public IReadOnlySet<string>? SharedWith(ClaimsPrincipal user) =>
        PeerCalling(user) is { } peer ? Federation.Peers[peer].Shares.ToHashSet(StringComparer.Ordinal) : null;

    public string? PeerCalling(ClaimsPrincipal user)
    {
        if (user.FindFirst(CollaborationClaims.Role)?.Value != Roles.Peer || user.FindFirst(CollaborationClaims.Subject)?.Value is not { } subject
            || !subject.StartsWith("0192:", StringComparison.Ordinal))
        {
            return null;
        }

        var number = subject["0192:".Length..];
        return Federation.Peers.FirstOrDefault(p => p.Value.OrganisationNumber == number).Key;
    }
}
