namespace Collaboration.Federation;

/// <summary>
/// Our copy of one peer's public portfolio (key: the peer's name in configuration): the cursor in
/// the peer's change feed up to which the copy is current, the event ids applied lately, and when
/// the peer last answered. Its entries are <see cref="IPeerEntryGrain"/>s, which report to our
/// portfolio labelled with the peer's region. One follower at a time holds the lead, so a
/// cluster of gateways follows each peer once.
/// </summary>
public interface IPeerCopyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Gives <paramref name="follower"/> the lead for <paramref name="lease"/> when no other holds
    /// it, or extends its own; false when another follower holds it.
    /// </summary>
    Task<bool> LeadAsync(string follower, TimeSpan lease);

    /// <summary>Where the copy stands: its cursor, when the peer last answered and what went wrong since.</summary>
    Task<PeerCopyStatus> StatusAsync();

    /// <summary>
    /// Applies a batch read from the peer: entries changed or gone, then the cursor moves past
    /// it. Events applied before (by id) are dropped, so a batch read twice changes nothing.
    /// </summary>
    Task ApplyAsync(PeerBatch batch);

    /// <summary>Records that the peer could not be followed just now (the copy is kept, growing older).</summary>
    Task FailedAsync(string reason, DateTimeOffset at);
}
