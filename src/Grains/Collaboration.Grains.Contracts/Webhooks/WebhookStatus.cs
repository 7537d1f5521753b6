namespace Collaboration.Webhooks;

/// <summary>Whether a subscription delivers.</summary>
public enum WebhookStatus
{
    /// <summary>Delivering.</summary>
    Active,

    /// <summary>Stopped by the receiver (it answered 410 Gone); nothing more is sent.</summary>
    Disabled,
}
