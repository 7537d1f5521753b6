namespace Collaboration.Federation;

/// <summary>
/// The messages waiting for one peer (key: the peer's name), stored so a restart loses none.
/// They are posted in the order queued, each retried until the peer acknowledges it; the grain
/// that sent each is then told the peer's receipt.
/// </summary>
public interface IPeerOutboxGrain : IGrainWithStringKey
{
    /// <summary>Queues a message; one already queued or delivered (by id) changes nothing.</summary>
    Task EnqueueAsync(PeerMessage message);

    /// <summary>The oldest messages not yet acknowledged, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PeerMessage>> PendingAsync(int limit);

    /// <summary>Records the peer's receipt, tells the message's origin, and drops the message.</summary>
    Task DeliveredAsync(PeerReceipt receipt);

    /// <summary>Gives <paramref name="poster"/> the lead in posting for <paramref name="lease"/>, or extends it; false when another holds it.</summary>
    Task<bool> LeadAsync(string poster, TimeSpan lease);
}
