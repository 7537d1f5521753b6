namespace Collaboration.Idempotency;

/// <summary>
/// Remembers the first answer to a request sent with an Idempotency-Key (key: a hash of method,
/// path and key), so a retry gets that answer instead of doing the work twice.
/// </summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the key for a request whose body has <paramref name="fingerprint"/>, or returns the
    /// stored answer, or says the key is busy or was used for another body.
    /// </summary>
    Task<IdempotencyClaim> ClaimAsync(string fingerprint);

    /// <summary>Stores the answer of the claimed request.</summary>
    Task CompleteAsync(StoredAnswer answer);

    /// <summary>Gives up the claim (the request failed inside), so a retry runs again.</summary>
    Task ReleaseAsync();
}
