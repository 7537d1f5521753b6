namespace Collaboration.Gateway.Federation;

/// <summary>One peer (section "Federation:Peers:&lt;name&gt;"): nothing but what it takes to follow it.</summary>
public sealed class PeerOptions
{
    /// <summary>Its region's label, shown beside its entries ("Bergensregionen").</summary>
    public string Region { get; set; } = "";

    /// <summary>The address of its gateway's gRPC endpoint ("https://samarbeid.bergen.example/").</summary>
    public string Address { get; set; } = "";

    /// <summary>
    /// Its organisation number: the consumer its machine tokens carry. A call with such a token
    /// (peer scope) is this peer, and may deliver its messages; without it the peer can be
    /// followed but sends nothing.
    /// </summary>
    public string? OrganisationNumber { get; set; }

    /// <summary>
    /// Our change-feed kinds (e.g. "applications", "joint-projects") this peer may follow besides
    /// the public ones. Empty: the public ones only.
    /// </summary>
    public List<string> Shares { get; set; } = [];

    /// <summary>How long one call to it may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
