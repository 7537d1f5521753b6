using Collaboration.Journal;
using Microsoft.Extensions.Options;

namespace Collaboration.Idempotency;

public sealed class IdempotencyGrain(
    [PersistentState("idempotency", GrainStorage.Name)] IPersistentState<IdempotencyState> state,
    IOptions<IdempotencyOptions> options,
    TimeProvider clock) : Grain, IIdempotencyGrain
{
    /// <summary>How long a key is remembered; a retry after this runs as a new request.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A claim older than this is taken to belong to a request that died with its process.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    /// <summary>The most changes of one attempt read back to say what it did.</summary>
    private const int ChangesShown = 20;

    private IJournalGrain Journal => GrainFactory.GetGrain<IJournalGrain>(0);

    public async Task<IdempotencyClaim> ClaimAsync(string fingerprint, IdempotencyAttempt attempt)
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

        if (!expired)
        {
            // Still running, or failed in doubt and its work may yet be stored: nothing can be decided now.
            var settled = current.InDoubtSince is { } since ? since + options.Value.InDoubtFor : current.ClaimedAt + AbandonedAfter;
            if (now < settled)
            {
                return new IdempotencyClaim(ClaimOutcome.Busy, null) { RetryAfter = current.InDoubtSince is null ? null : settled - now };
            }

            // Past that, its changes are in the journal or were never stored.
            if (current.Attempt is { } earlier
                && await Journal.ReadRequestAsync(earlier.RequestId, earlier.Subject, earlier.Operation, current.JournalAfter, ChangesShown) is { Count: > 0 } changes)
            {
                return new IdempotencyClaim(ClaimOutcome.CarriedOut, null) { Changes = [.. changes.Select(change => change with { Changes = "[]" })] };
            }
        }

        state.State = new IdempotencyState
        {
            Fingerprint = fingerprint,
            ClaimedAt = now,
            Attempt = attempt,
            JournalAfter = await Journal.HeadAsync(),
        };
        await this.CommitAsync(state);
        return new IdempotencyClaim(ClaimOutcome.Run, null);
    }

    public async Task CompleteAsync(StoredAnswer answer)
    {
        state.State.Answer = answer;
        state.State.InDoubtSince = null;
        await this.CommitAsync(state);
    }

    public async Task ReleaseAsync()
    {
        state.State = new IdempotencyState();
        await this.CommitAsync(state);
    }

    public async Task<TimeSpan> MarkInDoubtAsync()
    {
        if (state.State.Fingerprint is not null && state.State.Answer is null)
        {
            state.State.InDoubtSince = clock.GetUtcNow();
            await this.CommitAsync(state);
        }

        return options.Value.InDoubtFor;
    }
}
