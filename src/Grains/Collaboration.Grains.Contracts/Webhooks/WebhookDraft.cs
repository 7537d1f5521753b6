namespace Collaboration.Webhooks;

/// <summary>A subscription as asked for, checked at the edge.</summary>
/// <param name="Url">The receiver: an absolute http(s) URL.</param>
/// <param name="EventTypes">Prefixes of CloudEvents types ("no.collaboration.forum."); an event matching any is sent.</param>
/// <param name="Owner">The token subject of the caller who made it: a peer sees only its own.</param>
[GenerateSerializer, Immutable]
public sealed record WebhookDraft(
    [property: Id(0)] Uri Url,
    [property: Id(1)] IReadOnlyList<string> EventTypes,
    [property: Id(2)] string Owner);
