namespace Collaboration.Webhooks;

/// <summary>The outcome of sending one failed event again.</summary>
/// <param name="EventId">The event's id.</param>
/// <param name="Delivered">True when the receiver took it (2xx); it has then left the failures list.</param>
/// <param name="Outcome">The receiver's status code or the connection's error.</param>
[GenerateSerializer, Immutable]
public sealed record Redelivery(
    [property: Id(0)] string EventId,
    [property: Id(1)] bool Delivered,
    [property: Id(2)] string Outcome);
