namespace Collaboration.Federation;

/// <summary>
/// A peer's acknowledgement of a message: applied, or refused by its rules (a deadline passed, a
/// municipality not its own). Either way the message is delivered and is not sent again; the same
/// message delivered twice gets the same receipt.
/// </summary>
/// <param name="MessageId">The message.</param>
/// <param name="Applied">True when the peer applied it.</param>
/// <param name="Refusal">Why the peer refused it, when it did.</param>
/// <param name="Field">The field its refusal names, if any.</param>
/// <param name="At">When the peer first received it.</param>
[GenerateSerializer, Immutable]
public sealed record PeerReceipt(
    [property: Id(0)] string MessageId,
    [property: Id(1)] bool Applied,
    [property: Id(2)] string? Refusal,
    [property: Id(3)] string? Field,
    [property: Id(4)] DateTimeOffset At)
{
    /// <summary>Applied now.</summary>
    public static PeerReceipt Done(string messageId, DateTimeOffset at) => new(messageId, true, null, null, at);

    /// <summary>Refused, naming the field at fault.</summary>
    public static PeerReceipt Refused(string messageId, string reason, string? field, DateTimeOffset at) => new(messageId, false, reason, field, at);
}
