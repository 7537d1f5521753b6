using Npgsql;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Failures that say "not now" rather than "not so": the state database is down, unreachable,
/// read-only or full, or the cluster did not answer in time. They answer 503 with Retry-After
/// (gRPC UNAVAILABLE): the same request may simply be sent again later.
/// </summary>
public static class Unavailable
{
    /// <summary>Seconds a caller is asked to wait before retrying; about the time readiness takes to notice a recovery.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>What the caller reads; the cause stays in the server's log.</summary>
    public const string Detail = "The service cannot store or read state right now (its database is unavailable); retry later.";

    /// <summary>Whether <paramref name="error"/>, or one it wraps, means the system is unavailable for now.</summary>
    public static bool Is(Exception? error) => error switch
    {
        null => false,
        StorageUnavailableException or TimeoutException => true,

        // The gateway could not reach a silo, or the silo refused the message for now.
        OrleansMessageRejectionException or GatewayTooBusyException => true,

        // A co-hosted gateway may see the driver's own exception from a path outside grain storage.
        NpgsqlException npgsql => npgsql is not PostgresException || npgsql.IsTransient,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        _ => Is(error.InnerException),
    };
}
