namespace Collaboration.Webhooks;

/// <summary>A subscription just made, with the secret its deliveries are signed with: the only time it is shown.</summary>
/// <param name="Webhook">The subscription.</param>
/// <param name="Secret">"whsec_" and the base64 of the key, as Standard Webhooks writes it.</param>
[GenerateSerializer, Immutable]
public sealed record NewWebhook(
    [property: Id(0)] Webhook Webhook,
    [property: Id(1)] string Secret);
