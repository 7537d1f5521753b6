using System.Data.Common;
using System.Globalization;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;

namespace Collaboration.Testing;

/// <summary>Reads what the database holds, beside what the API says: the journal's records and the stored states.</summary>
public static class StoredRows
{
    /// <summary>Every journal record of a kind (state name) as (object id, version, position), in journal order.</summary>
    public static async Task<IReadOnlyList<(string ObjectId, int Version, long Position)>> JournalAsync(StorageOptions storage, string kind)
    {
        var rows = new List<(string, int, long)>();
        await foreach (var row in QueryAsync(storage, "SELECT ObjectId, Version, Position FROM CollaborationJournal WHERE Kind = @kind ORDER BY Position;", kind))
        {
            rows.Add((row.GetString(0), Convert.ToInt32(row.GetValue(1), CultureInfo.InvariantCulture), row.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>The stored version of every state of a kind (state name) kept under a text key.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> VersionsAsync(StorageOptions storage, string kind)
    {
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var row in QueryAsync(storage, "SELECT GrainIdExtensionString, Version FROM OrleansStorage WHERE GrainTypeString = @kind;", kind))
        {
            versions[row.GetString(0)] = Convert.ToInt32(row.GetValue(1), CultureInfo.InvariantCulture);
        }

        return versions;
    }

    /// <summary>The size in bytes of one stored state.</summary>
    public static async Task<long> PayloadSizeAsync(StorageOptions storage, string kind, string id)
    {
        await foreach (var row in QueryAsync(storage, "SELECT length(PayloadBinary) FROM OrleansStorage WHERE GrainTypeString = @kind AND GrainIdExtensionString = @id;", kind, id))
        {
            return Convert.ToInt64(row.GetValue(0), CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException($"No stored state {kind}/{id}.");
    }

    private static async IAsyncEnumerable<DbDataReader> QueryAsync(StorageOptions storage, string sql, string kind, string? id = null)
    {
        await using var connection = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "kind", kind);
        if (id is not null)
        {
            Add(command, "id", id);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return reader;
        }
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
