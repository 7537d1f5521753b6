namespace Collaboration.Webhooks;

/// <summary>What one attempt to deliver an event met.</summary>
/// <param name="Result">Delivered, failed (try again) or gone (stop sending).</param>
/// <param name="Detail">The receiver's status code, or the connection's error.</param>
/// <param name="RetryAfter">How long the receiver asked to wait (429 and 503 with Retry-After).</param>
public sealed record DeliveryAttempt(DeliveryResult Result, string Detail, TimeSpan? RetryAfter = null);
