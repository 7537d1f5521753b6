namespace Collaboration.Federation;

/// <summary>A grain that sends messages to peers, told when each is acknowledged (found by its grain id, as portfolio sources are).</summary>
public interface IPeerMessageOrigin : IGrain
{
    /// <summary>The peer acknowledged a message this grain sent. Told again if the outbox is unsure it was told; the same receipt changes nothing.</summary>
    Task DeliveredAsync(PeerReceipt receipt);
}
