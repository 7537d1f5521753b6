using System.Data.Common;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;

namespace Collaboration.Benchmarks;

/// <summary>
/// What the database itself does: a plain loop of single-row upserts of a payload the size of the
/// grain state, each its own committed transaction, in a table beside Orleans' own.
/// </summary>
public static class RawUpserts
{
    public static async Task<Latencies> MeasureAsync(StorageOptions storage, int clients, int payloadBytes, TimeSpan duration)
    {
        var postgres = storage.Provider == StorageProvider.Postgres;

        // SQLite has one writer per file; more connections would only queue on its lock.
        clients = postgres ? clients : 1;
        var connections = new DbConnection[clients];
        for (var i = 0; i < clients; i++)
        {
            connections[i] = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        }

        await ExecuteAsync(connections[0], postgres
            ? "CREATE TABLE IF NOT EXISTS BenchUpsert (Id text PRIMARY KEY, Payload bytea NOT NULL, Version integer NOT NULL)"
            : "CREATE TABLE IF NOT EXISTS BenchUpsert (Id TEXT PRIMARY KEY, Payload BLOB NOT NULL, Version INTEGER NOT NULL)");
        var payload = new byte[payloadBytes];
        Random.Shared.NextBytes(payload);
        var commands = connections.Select(connection =>
        {
            var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO BenchUpsert (Id, Payload, Version) VALUES (@id, @payload, 1) " +
                "ON CONFLICT (Id) DO UPDATE SET Payload = excluded.Payload, Version = BenchUpsert.Version + 1";
            Add(command, "id", "");
            Add(command, "payload", payload);
            return command;
        }).ToArray();

        try
        {
            return await Latencies.MeasureAsync(clients, duration, async (client, n) =>
            {
                var command = commands[client];
                command.Parameters["id"].Value = $"row-{client}-{n % 1000}";
                await command.ExecuteNonQueryAsync();
                return true;
            });
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Adds a named parameter; shared with the plain service's upsert.</summary>
    internal static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
