using System.Data.Common;
using System.Globalization;
using Collaboration.Journal;
using Collaboration.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Collaboration.Silo.Journal;

/// <summary>Reads the journal table of the configured database (SQLite or PostgreSQL).</summary>
public sealed class SqlJournalStore(StorageOptions storage, string serviceId) : IJournalStore, IDisposable
{
    private const string Columns = "Position, EventId, Kind, ObjectId, Version, At, Subject, Role, Municipality, Operation, RequestId, Changes";

    // PostgreSQL: only positions of transactions older than every one still running, so a change
    // committing later can never land behind a cursor already handed out (see 0002-journal.sql).
    private const string Settled = " AND Position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 1048576";

    // Made once: readers poll, and the database (and SQLite's folder) is there since start-up.
    private readonly DbDataSource _database = storage.Provider == StorageProvider.Postgres
        ? NpgsqlDataSource.Create(storage.EffectiveConnectionString)
        : SqliteFactory.Instance.CreateDataSource(storage.EffectiveConnectionString);

    private bool Postgres => storage.Provider == StorageProvider.Postgres;

    public void Dispose() => _database.Dispose();

    public async Task<IReadOnlyList<JournalRecord>> ReadAsync(long after, IReadOnlyList<string> kinds, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var kindList = string.Join(", ", kinds.Select((kind, i) => Add(command, $"kind{i}", kind)));
        command.CommandText = $"""
            SELECT {Columns} FROM CollaborationJournal
            WHERE ServiceId = @service AND Position > @after{(kinds.Count > 0 ? $" AND Kind IN ({kindList})" : "")}{(Postgres ? Settled : "")}
            ORDER BY Position LIMIT @limit;
            """;
        Add(command, "service", serviceId);
        Add(command, "after", after);
        Add(command, "limit", limit);
        return await ReadRecordsAsync(command, cancellationToken);
    }

    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(Position), 0) FROM CollaborationJournal WHERE ServiceId = @service;";
        Add(command, "service", serviceId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<JournalRecord>> ReadObjectAsync(string kind, string objectId, long? before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM CollaborationJournal
            WHERE ServiceId = @service AND Kind = @kind AND ObjectId = @id{(before is null ? "" : " AND Position < @before")}
            ORDER BY Position DESC LIMIT @limit;
            """;
        Add(command, "service", serviceId);
        Add(command, "kind", kind);
        Add(command, "id", objectId);
        Add(command, "limit", limit);
        if (before is { } position)
        {
            Add(command, "before", position);
        }

        return await ReadRecordsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ChangedSinceAsync(string kind, DateTimeOffset since, bool createdOnly, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT ObjectId FROM CollaborationJournal
            WHERE ServiceId = @service AND Kind = @kind
            GROUP BY ObjectId
            HAVING {(createdOnly ? "MIN" : "MAX")}(At) >= @since;
            """;
        Add(command, "service", serviceId);
        Add(command, "kind", kind);
        Add(command, "since", Postgres ? since.ToUniversalTime() : Text(since));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    // A range of the primary key from a recent position: no index on the request is needed. No
    // settled-only rule: a change committed is the request's whether or not followers may see it yet.
    public async Task<IReadOnlyList<JournalRecord>> ReadRequestAsync(string requestId, string subject, string operation, long after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM CollaborationJournal
            WHERE Position > @after AND ServiceId = @service AND RequestId = @request AND Subject = @subject AND Operation = @operation
            ORDER BY Position LIMIT @limit;
            """;
        Add(command, "after", after);
        Add(command, "service", serviceId);
        Add(command, "request", requestId);
        Add(command, "subject", subject);
        Add(command, "operation", operation);
        Add(command, "limit", limit);
        return await ReadRecordsAsync(command, cancellationToken);
    }

    /// <summary>Removes the changes of one kind made before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> RemoveBeforeAsync(string kind, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The newest record stays, whatever its age: on SQLite the next position is the one after it.
        command.CommandText = """
            DELETE FROM CollaborationJournal
            WHERE ServiceId = @service AND Kind = @kind AND At < @cutoff
              AND Position < (SELECT MAX(Position) FROM CollaborationJournal);
            """;
        Add(command, "service", serviceId);
        Add(command, "kind", kind);
        Add(command, "cutoff", Postgres ? cutoff.ToUniversalTime() : Text(cutoff));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>How SQLite keeps a time: UTC ISO 8601 with milliseconds, so text order is time order.</summary>
    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<JournalRecord>> ReadRecordsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<JournalRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new JournalRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                Postgres ? reader.GetFieldValue<DateTimeOffset>(5) : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.GetString(11)));
        }

        return records;
    }

    private static string Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return "@" + name;
    }
}
