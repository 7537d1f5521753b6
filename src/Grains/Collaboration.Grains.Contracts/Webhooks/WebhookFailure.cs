namespace Collaboration.Webhooks;

/// <summary>An event the receiver did not take during the whole failure period; the deliverer moved on without it.</summary>
/// <param name="EventId">The event's id (its webhook-id).</param>
/// <param name="Position">The change's place in the journal.</param>
/// <param name="Type">The event's CloudEvents type.</param>
/// <param name="Subject">The changed object's path.</param>
/// <param name="FirstFailedAt">When the first attempt failed.</param>
/// <param name="LastFailedAt">When the last attempt failed.</param>
/// <param name="Attempts">How many attempts were made.</param>
/// <param name="LastError">What the last attempt met: the receiver's status code or the connection's error.</param>
[GenerateSerializer, Immutable]
public sealed record WebhookFailure(
    [property: Id(0)] string EventId,
    [property: Id(1)] long Position,
    [property: Id(2)] string Type,
    [property: Id(3)] string Subject,
    [property: Id(4)] DateTimeOffset FirstFailedAt,
    [property: Id(5)] DateTimeOffset LastFailedAt,
    [property: Id(6)] int Attempts,
    [property: Id(7)] string LastError);
