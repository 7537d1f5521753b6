namespace Collaboration.Idempotency;

/// <summary>How idempotency keys are kept (section "Idempotency").</summary>
public sealed class IdempotencyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Idempotency";

    /// <summary>
    /// How long after an answer in doubt (a 5xx) the attempt's work may still be stored: a grain
    /// call that timed out is not cancelled, and a write may wait for the database. A retry in this
    /// time is told to wait; after it, the journal says whether the work was done. The silo sets it
    /// to its grain-call response timeout plus the storage operation timeout unless configured.
    /// </summary>
    public TimeSpan InDoubtFor { get; set; } = TimeSpan.FromSeconds(40);
}
