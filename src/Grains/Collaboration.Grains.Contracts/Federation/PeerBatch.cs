using Collaboration.Portfolio;

namespace Collaboration.Federation;

/// <summary>Changes read from a peer's feed, with the entries they touched read back from the peer.</summary>
/// <param name="Cursor">The cursor of the last event in the batch; null for none (the peer answered, with nothing new).</param>
/// <param name="EventIds">The ids of the events read (CloudEvents ids, stable across reads).</param>
/// <param name="Changed">Entries the events touched, as the peer answers them now; keys and regions already the copy's.</param>
/// <param name="Removed">Keys of the peer's entries it no longer has.</param>
/// <param name="ReadAt">When the peer answered.</param>
[GenerateSerializer, Immutable]
public sealed record PeerBatch(
    [property: Id(0)] string? Cursor,
    [property: Id(1)] IReadOnlyList<string> EventIds,
    [property: Id(2)] IReadOnlyList<PortfolioItem> Changed,
    [property: Id(3)] IReadOnlyList<string> Removed,
    [property: Id(4)] DateTimeOffset ReadAt);
