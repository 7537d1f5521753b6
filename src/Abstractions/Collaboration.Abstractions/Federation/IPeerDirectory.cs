namespace Collaboration.Federation;

/// <summary>The configured peers, for the areas that send them messages: by name and by region label.</summary>
public interface IPeerDirectory
{
    /// <summary>Our own region's label.</summary>
    string OwnRegion { get; }

    /// <summary>Each peer's region label, by the peer's name.</summary>
    IReadOnlyDictionary<string, string> Regions { get; }

    /// <summary>The name of the peer whose region is <paramref name="region"/> (ignoring case); null when none.</summary>
    string? PeerOf(string region);
}
