namespace Collaboration.Webhooks;

/// <summary>A webhook subscription as callers see it; its secret is never part of it.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">The receiver.</param>
/// <param name="EventTypes">The prefixes of the event types it receives.</param>
/// <param name="Owner">The token subject of the caller who made it.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="Status">Whether it still delivers.</param>
/// <param name="StatusReason">Why it stopped, when it did.</param>
/// <param name="Delivered">How many events it has delivered.</param>
/// <param name="Failures">How many events are on its failures list.</param>
/// <param name="FailingSince">When the event it is trying to deliver now first failed, if it has.</param>
[GenerateSerializer, Immutable]
public sealed record Webhook(
    [property: Id(0)] string Id,
    [property: Id(1)] Uri Url,
    [property: Id(2)] IReadOnlyList<string> EventTypes,
    [property: Id(3)] string Owner,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] WebhookStatus Status,
    [property: Id(6)] string? StatusReason,
    [property: Id(7)] long Delivered,
    [property: Id(8)] int Failures,
    [property: Id(9)] DateTimeOffset? FailingSince);
