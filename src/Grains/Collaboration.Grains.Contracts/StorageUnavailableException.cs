namespace Collaboration;

/// <summary>
/// The state database could not be reached or written (stopped, unreachable, read-only, full), so
/// nothing was stored. The request itself was fine: the gateway answers 503 with Retry-After (gRPC
/// UNAVAILABLE), and the same request succeeds once the database is back. An OrleansException, so
/// Orleans passes it to the caller as it is rather than wrapping it.
/// </summary>
[GenerateSerializer]
public sealed class StorageUnavailableException : OrleansException
{
    /// <summary>Creates the exception with what the database answered, for the logs.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }
}
