using Collaboration.Journal;

namespace Collaboration.Idempotency;

/// <summary>The outcome of claiming an idempotency key.</summary>
/// <param name="Outcome">Whether to run the request, replay, or refuse.</param>
/// <param name="Answer">The stored answer, for a replay.</param>
[GenerateSerializer, Immutable]
public sealed record IdempotencyClaim(
    [property: Id(0)] ClaimOutcome Outcome,
    [property: Id(1)] StoredAnswer? Answer)
{
    /// <summary>For <see cref="ClaimOutcome.Busy"/> after an answer in doubt: how long until a retry can be decided.</summary>
    [Id(2)]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For <see cref="ClaimOutcome.CarriedOut"/>: the earlier attempt's changes, in journal order (without their patches).</summary>
    [Id(3)]
    public IReadOnlyList<JournalRecord> Changes { get; init; } = [];
}
