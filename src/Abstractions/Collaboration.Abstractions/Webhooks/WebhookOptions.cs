namespace Collaboration.Webhooks;

/// <summary>How webhooks are delivered and which targets they may reach (section "Webhooks"), read by silos and gateways alike.</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Webhooks";

    /// <summary>Allow plain http:// targets. Off by default: deliveries carry signed data and go over https only.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// Networks (CIDR, such as "10.20.0.0/16" or "::1/128") that may be reached although they are
    /// loopback, private, link-local, shared (CGNAT) or unspecified. Empty by default.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = [];

    /// <summary>How long one event is retried before it goes to the subscription's failures list and the next one is sent.</summary>
    public TimeSpan FailureAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long one delivery attempt may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first delay between attempts; it doubles with each failure (with jitter) up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay between attempts, also for a receiver's Retry-After.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Period of each subscription's durable reminder, which wakes its deliverer after a restart:
    /// after a restart, deliveries resume at most this late.
    /// </summary>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
