namespace Collaboration.Funding.Remote;

/// <summary>Where a message to another region's installation stands.</summary>
public enum Delivery
{
    /// <summary>Sent, not yet delivered: in our outbox, retried until the peer acknowledges it.</summary>
    Queued,

    /// <summary>The peer acknowledged it and applied it.</summary>
    Delivered,

    /// <summary>The peer acknowledged it and its rules refused it (see the refusal).</summary>
    Refused,
}
