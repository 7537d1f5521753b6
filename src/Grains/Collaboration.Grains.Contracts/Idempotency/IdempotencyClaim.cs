namespace Collaboration.Idempotency;

/// <summary>The outcome of claiming an idempotency key.</summary>
/// <param name="Outcome">Whether to run the request, replay, or refuse.</param>
/// <param name="Answer">The stored answer, for a replay.</param>
[GenerateSerializer, Immutable]
public sealed record IdempotencyClaim(
    [property: Id(0)] ClaimOutcome Outcome,
    [property: Id(1)] StoredAnswer? Answer);
