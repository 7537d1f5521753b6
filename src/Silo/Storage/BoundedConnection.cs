using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Silo.Storage;

/// <summary>
/// The connection string for grain state and reminders, bounded by
/// <see cref="StorageOptions.OperationTimeout"/> wherever it keeps the driver's default: a stopped
/// or unreachable database then fails a request within that time instead of the drivers' 15–30 s.
/// </summary>
public static class BoundedConnection
{
    // The drivers' defaults: PostgreSQL waits 15 s to connect and 30 s for a command, SQLite 30 s for a lock.
    private const int NpgsqlConnectDefault = 15;
    private const int CommandDefault = 30;

    /// <summary><paramref name="storage"/>'s connection string with the operation timeout where none was chosen.</summary>
    public static string For(StorageOptions storage)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(storage.OperationTimeout.TotalSeconds));
        if (storage.Provider == StorageProvider.Postgres)
        {
            var postgres = new NpgsqlConnectionStringBuilder(storage.EffectiveConnectionString);
            if (postgres.Timeout == NpgsqlConnectDefault)
            {
                postgres.Timeout = Math.Min(seconds, NpgsqlConnectDefault);
            }

            if (postgres.CommandTimeout == CommandDefault)
            {
                postgres.CommandTimeout = seconds;
            }

            return postgres.ConnectionString;
        }

        var sqlite = new SqliteConnectionStringBuilder(storage.EffectiveConnectionString);
        if (sqlite.DefaultTimeout == CommandDefault)
        {
            sqlite.DefaultTimeout = seconds;
        }

        return sqlite.ConnectionString;
    }
}
