using Collaboration.Portfolio;

namespace Collaboration.Federation;

[GenerateSerializer]
public sealed class PeerEntryState
{
    /// <summary>The entry as the peer last answered it; null once gone.</summary>
    [Id(0)]
    public PortfolioItem? Item { get; set; }
}
