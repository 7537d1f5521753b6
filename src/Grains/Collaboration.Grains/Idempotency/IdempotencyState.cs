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
}
