namespace Collaboration.Gateway.Federation;

/// <summary>This installation among the regions (section "Federation"): its own label and its peers.</summary>
public sealed class FederationOptions
{
    public const string Section = "Federation";

    /// <summary>Our region's label, as peers show our entries ("Trondheimsregionen").</summary>
    public string Region { get; set; } = "";

    /// <summary>The other regions' installations, by a name of our choosing ("bergen").</summary>
    public Dictionary<string, PeerOptions> Peers { get; set; } = new(StringComparer.Ordinal);
}
