using System.Data.Common;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Silo.Storage;

/// <summary>
/// Brings a database to the newest schema: runs the steps it has not had, in one transaction,
/// and records each. Safe to run at every start and from several silos at once.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Applies the missing steps and returns them (empty when the schema was current).</summary>
    public static async Task<IReadOnlyList<SchemaMigration>> ApplyAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        var postgres = storage.Provider == StorageProvider.Postgres;
        await using var connection = await OpenAsync(storage, cancellationToken);
        if (!postgres)
        {
            // WAL sticks to the file and cannot be set inside a transaction: readers never block
            // the writer, and writes are about twice as fast.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (postgres)
        {
            // Silos starting together queue here; the second finds the work done.
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(5001);", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, postgres
            ? "CREATE TABLE IF NOT EXISTS CollaborationSchema (Version integer PRIMARY KEY, Name text NOT NULL, AppliedOn timestamptz NOT NULL DEFAULT now());"
            : "CREATE TABLE IF NOT EXISTS CollaborationSchema (Version INTEGER PRIMARY KEY, Name TEXT NOT NULL, AppliedOn TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));",
            cancellationToken);
        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var pending = SchemaMigration.For(storage.Provider).Where(step => !applied.Contains(step.Version)).ToList();
        foreach (var step in pending)
        {
            await ExecuteAsync(connection, transaction, step.Script, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO CollaborationSchema (Version, Name) VALUES (@version, @name);";
            AddParameter(record, "version", step.Version);
            AddParameter(record, "name", step.Name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    /// <summary>Opens a connection to the configured database (creating the SQLite folder first).</summary>
    public static async Task<DbConnection> OpenAsync(StorageOptions storage, CancellationToken cancellationToken)
    {
        DbConnection connection;
        if (storage.Provider == StorageProvider.Postgres)
        {
            connection = new NpgsqlConnection(storage.EffectiveConnectionString);
        }
        else
        {
            Directory.CreateDirectory(storage.DataPath);
            connection = new SqliteConnection(storage.EffectiveConnectionString);
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT Version FROM CollaborationSchema;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
