namespace Collaboration.Idempotency;

[GenerateSerializer]
public sealed class IdempotencyState
{
    [Id(0)]
    public string? Fingerprint { get; set; }

    [Id(1)]
    public DateTimeOffset ClaimedAt { get; set; }

    [Id(2)]
    public StoredAnswer? Answer { get; set; }

    /// <summary>The attempt holding the claim; null for claims kept from before attempts were noted.</summary>
    [Id(3)]
    public IdempotencyAttempt? Attempt { get; set; }

    /// <summary>The journal's newest position when the claim was taken: the attempt's changes come after it.</summary>
    [Id(4)]
    public long JournalAfter { get; set; }

    /// <summary>When the attempt answered with a failure that may have stored its work.</summary>
    [Id(5)]
    public DateTimeOffset? InDoubtSince { get; set; }
}
