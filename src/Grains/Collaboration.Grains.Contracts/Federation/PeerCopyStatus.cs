namespace Collaboration.Federation;

/// <summary>Where a copy of a peer's portfolio stands.</summary>
/// <param name="Peer">The peer's name in configuration.</param>
/// <param name="Cursor">The cursor in the peer's feed up to which the copy is current; null before the first batch.</param>
/// <param name="AsOf">When the peer last answered: the copy is current as of then.</param>
/// <param name="Entries">How many entries the copy holds.</param>
/// <param name="Applied">How many events have been applied, duplicates not counted.</param>
/// <param name="Error">What went wrong at the last try, when it failed after <paramref name="AsOf"/>.</param>
/// <param name="FailedAt">When that was.</param>
[GenerateSerializer, Immutable]
public sealed record PeerCopyStatus(
    [property: Id(0)] string Peer,
    [property: Id(1)] string? Cursor,
    [property: Id(2)] DateTimeOffset? AsOf,
    [property: Id(3)] int Entries,
    [property: Id(4)] long Applied,
    [property: Id(5)] string? Error,
    [property: Id(6)] DateTimeOffset? FailedAt);
