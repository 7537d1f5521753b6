using System.Globalization;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Tells a database that is down, unreachable, read-only or full (worth retrying later, the
/// request was fine) from every other storage failure (a bug, a conflict: not to be retried).
/// </summary>
public static class DatabaseOutage
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteOutages = [5, 6, 8, 10, 13, 14];

    /// <summary>What the database said, when <paramref name="error"/> (or one it wraps) is an outage; otherwise null.</summary>
    public static string? Of(Exception? error) => error switch
    {
        null => null,
        SqliteException sqlite when SqliteOutages.Contains(sqlite.SqliteErrorCode) =>
            string.Create(CultureInfo.InvariantCulture, $"SQLite error {sqlite.SqliteExtendedErrorCode}: {sqlite.Message}"),
        PostgresException postgres when IsOutage(postgres) => $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}",

        // Not an error of the server's but of getting to it: refused, reset, timed out.
        NpgsqlException npgsql when npgsql is not PostgresException => $"PostgreSQL unreachable: {npgsql.Message}",
        SocketException or TimeoutException => error.Message,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Of).FirstOrDefault(found => found is not null),
        _ => Of(error.InnerException),
    };

    /// <summary>
    /// A SQLite connection opened while its file was read-only stays read-only after the file is
    /// writable again; dropping the pooled connections after such an answer lets the next ones open
    /// it for writing, so the process recovers without a restart.
    /// </summary>
    public static void ForgetReadOnlyConnections(Exception? error)
    {
        for (var inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is SqliteException { SqliteErrorCode: 8 }) // SQLITE_READONLY
            {
                SqliteConnection.ClearAllPools();
                return;
            }
        }
    }

    // The server refused or ended the session (FATAL: shutting down, not accepting connections,
    // terminated), ran out of something (class 53: disk full, too many connections), or is a
    // standby that takes no writes; plus whatever Npgsql itself calls transient.
    private static bool IsOutage(PostgresException postgres) =>
        postgres.IsTransient
        || postgres.Severity is "FATAL" or "PANIC"
        || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
        || postgres.SqlState.StartsWith("53", StringComparison.Ordinal)
        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
        || postgres.SqlState is PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.IoError or PostgresErrorCodes.SystemError;
}
