namespace Collaboration.Webhooks;

/// <summary>The kinds of outcome of a delivery attempt, as Standard Webhooks reads a receiver's answer.</summary>
public enum DeliveryResult
{
    /// <summary>A 2xx answer.</summary>
    Delivered,

    /// <summary>Anything else, a redirect or no answer included: try again later.</summary>
    Failed,

    /// <summary>410 Gone: the receiver wants nothing more.</summary>
    Gone,
}
