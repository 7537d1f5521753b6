namespace Collaboration.Idempotency;

/// <summary>
/// Remembers the first answer to a request sent with an Idempotency-Key (key: a hash of caller,
/// method, path and key), so a retry gets that answer instead of doing the work twice. An attempt
/// whose answer was lost or failed in doubt is settled from the journal: its changes, if stored,
/// carry its request id.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the key for <paramref name="attempt"/> at a request whose body has
    /// <paramref name="fingerprint"/>, noting where the journal stands; or returns the stored answer;
    /// or says the key is busy, was used for another body, or that an earlier attempt in doubt was
    /// carried out.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string fingerprint, IdempotencyAttempt attempt);

    /// <summary>Stores the answer of the claimed request.</summary>
    Task CompleteAsync(StoredAnswer answer);

    /// <summary>Gives up the claim (the request certainly did no work), so a retry runs again.</summary>
    Task ReleaseAsync();

    /// <summary>
    /// Marks the claimed attempt as failed in doubt (its work may still be stored): a retry waits
    /// until it can no longer be, then learns from the journal whether it was. Returns that wait.
    /// </summary>
    Task<TimeSpan> MarkInDoubtAsync();
}
