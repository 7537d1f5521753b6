namespace Collaboration.Silo.Storage;

/// <summary>
/// What this silo's requests last met at its database: an outage, or a success since. Readiness
/// trusts a probe only when no request has met an outage lately, since a probe may still pass
/// while writes fail (a nearly full disk).
/// </summary>
public sealed class DatabaseOutages(TimeProvider clock)
{
    private long _lastSeen = long.MinValue;
    private long _lastRecovered = long.MinValue;

    /// <summary>The timestamp (of <see cref="TimeProvider.GetTimestamp"/>) of the last outage met; <see cref="long.MinValue"/> when none.</summary>
    public long LastSeen => Interlocked.Read(ref _lastSeen);

    /// <summary>Notes an outage now.</summary>
    public void Seen() => Interlocked.Exchange(ref _lastSeen, clock.GetTimestamp());

    /// <summary>Notes a storage operation that succeeded after an outage: the database is back.</summary>
    public void Succeeded()
    {
        var seen = LastSeen;
        if (seen != long.MinValue && Interlocked.Read(ref _lastRecovered) < seen)
        {
            Interlocked.Exchange(ref _lastRecovered, clock.GetTimestamp());
        }
    }

    /// <summary>
    /// Runs a database operation, an outage answered as <see cref="Unavailable"/> says; other
    /// failures pass through unchanged.
    /// </summary>
    public async Task<T> GuardAsync<T>(Func<Task<T>> operation)
    {
        try
        {
            var result = await operation();
            Succeeded();
            return result;
        }
        catch (Exception error) when (DatabaseOutage.Of(error) is { } outage)
        {
            throw Unavailable(error, outage);
        }
    }

    /// <summary>
    /// Notes the outage <paramref name="error"/> is and gives the exception to throw instead: a
    /// <see cref="StorageUnavailableException"/>, which every caller (a standalone gateway
    /// included, across the wire) can tell apart from a bug. The database's own exception is
    /// logged where it was met; callers need only the kind.
    /// </summary>
    public StorageUnavailableException Unavailable(Exception error, string outage)
    {
        Seen();
        DatabaseOutage.ForgetReadOnlyConnections(error);
        return new StorageUnavailableException($"The state database is unavailable: {outage}");
    }

    /// <summary>Whether an outage was met within <paramref name="window"/> and nothing has succeeded since.</summary>
    public bool Recent(TimeSpan window)
    {
        var seen = LastSeen;
        return seen != long.MinValue && Interlocked.Read(ref _lastRecovered) < seen && clock.GetElapsedTime(seen) < window;
    }
}
