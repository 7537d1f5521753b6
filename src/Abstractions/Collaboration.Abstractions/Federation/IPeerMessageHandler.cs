namespace Collaboration.Federation;

/// <summary>
/// Applies one kind of message from a peer (an invitation, an answer). A plugin registers one per
/// kind it sends in its AddApi; the gateway hands each message delivered to it by kind. It must
/// apply a message once: the same message delivered again gets the same receipt.
/// </summary>
public interface IPeerMessageHandler
{
    /// <summary>The kind handled, e.g. "funding.invitation".</summary>
    string Kind { get; }

    /// <summary>Applies the message, or refuses it by the rules (a refusal is a receipt too, not an error).</summary>
    Task<PeerReceipt> HandleAsync(PeerInbound message);
}
