namespace Collaboration.Webhooks;

/// <summary>One event on its way to one receiver: the same id and body on every attempt.</summary>
/// <param name="Url">The receiver.</param>
/// <param name="Secret">The subscription's secret, "whsec_…".</param>
/// <param name="Id">The event's id, sent as webhook-id: the receiver's key to drop repeats.</param>
/// <param name="Body">The event in the CloudEvents JSON format.</param>
public sealed record WebhookMessage(Uri Url, string Secret, string Id, ReadOnlyMemory<byte> Body);
