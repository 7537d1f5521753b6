namespace Collaboration.Idempotency;

public sealed class IdempotencyGrain(
    [PersistentState("idempotency", GrainStorage.Name)] IPersistentState<IdempotencyState> state,
    TimeProvider clock) : Grain, IIdempotencyGrain
{
    /// <summary>How long a key is remembered; a retry after this runs as a new request.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A claim older than this is taken to belong to a request that died with its process.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public async Task<IdempotencyClaim> ClaimAsync(string fingerprint)
    {
        var now = clock.GetUtcNow();
        var current = state.State;
        var expired = current.Fingerprint is null || now - current.ClaimedAt > Lifetime;
        if (!expired && current.Fingerprint != fingerprint)
        {
            return new IdempotencyClaim(ClaimOutcome.Mismatch, null);
        }

        if (!expired && current.Answer is { } answer)
        {
            return new IdempotencyClaim(ClaimOutcome.Replay, answer);
        }

        if (!expired && now - current.ClaimedAt < AbandonedAfter)
        {
            return new IdempotencyClaim(ClaimOutcome.Busy, null);
        }

        state.State = new IdempotencyState { Fingerprint = fingerprint, ClaimedAt = now };
        await this.CommitAsync(state);
        return new IdempotencyClaim(ClaimOutcome.Run, null);
    }

    public async Task CompleteAsync(StoredAnswer answer)
    {
        state.State.Answer = answer;
        await this.CommitAsync(state);
    }

    public async Task ReleaseAsync()
    {
        state.State = new IdempotencyState();
        await this.CommitAsync(state);
    }
}
