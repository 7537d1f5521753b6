using System.Collections.Concurrent;
using System.Net;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Storage;

/// <summary>
/// Grain writes grouped into shared transactions, through the API: many concurrent writes all
/// stored, each with exactly one journal record, all read back after a restart.
/// </summary>
public sealed class GroupedWritesTests
{
    private const int Projects = 120;
    private const int ChangesEach = 3;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Concurrent_writes_of_many_grains_are_all_stored_journaled_once_and_read_back_after_a_restart(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, StorageWrites.Grouped);
        var acknowledged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        await using (var silo = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, Projects), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (p, _) =>
            {
                for (var version = 1; version <= ChangesEach; version++)
                {
                    var answer = await silo.Http.ApiPutAsync($"/api/projects/grouped-{p}", new { title = $"v{version}" });
                    Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"grouped-{p} v{version}: {answer.Status}");
                    acknowledged[$"grouped-{p}"] = version;
                }
            });
        }

        Assert.Equal(Projects, acknowledged.Count);
        Assert.All(acknowledged.Values, version => Assert.Equal(ChangesEach, version));
        var stored = await StoredRows.VersionsAsync(database.Storage, "project");
        var journal = (await StoredRows.JournalAsync(database.Storage, "project"))
            .GroupBy(r => r.ObjectId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Version).ToList(), StringComparer.Ordinal);
        foreach (var id in acknowledged.Keys)
        {
            Assert.Equal(ChangesEach, stored[id]);
            Assert.Equal(Enumerable.Range(1, ChangesEach), journal[id]);
        }

        await using var restarted = await RunningSilo.StartAsync(database.Storage.DataDir, database.Settings);
        foreach (var id in acknowledged.Keys)
        {
            Assert.Equal($"v{ChangesEach}", (string?)(await restarted.Http.ReadAsync($"/api/projects/{id}"))["title"]);
        }

        // The versions go on from the stored ones: the restarted silo's writes are not conflicts.
        var next = await restarted.Http.ApiPutAsync("/api/projects/grouped-0", new { title = "etter omstart" });
        Assert.Equal(HttpStatusCode.OK, next.Status);
        Assert.Equal(ChangesEach + 1, (await StoredRows.VersionsAsync(database.Storage, "project"))["grouped-0"]);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Rows_written_by_either_storage_are_read_and_written_on_by_the_other(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = (StorageWrites writes) => new Dictionary<string, string>(database.Settings) { ["Storage:Writes"] = writes.ToString() };

        await using (var reference = await RunningSilo.StartAsync(database.Storage.DataDir, settings(StorageWrites.AdoNet)))
        {
            await reference.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });
            Assert.True((await reference.Http.ApiPutAsync("/api/projects/by-reference", new { title = "Skrevet av ADO.NET" })).Status is HttpStatusCode.OK or HttpStatusCode.Created);
        }

        await using (var grouped = await RunningSilo.StartAsync(database.Storage.DataDir, settings(StorageWrites.Grouped)))
        {
            Assert.Equal("Skrevet av ADO.NET", (string?)(await grouped.Http.ReadAsync("/api/projects/by-reference"))["title"]);
            Assert.Equal("Trondheim", (string?)(await grouped.Http.ReadAsync("/api/municipalities/5001"))["name"]);
            Assert.Equal(HttpStatusCode.OK, (await grouped.Http.ApiPutAsync("/api/projects/by-reference", new { title = "Endret gruppert" })).Status);
            Assert.Equal(HttpStatusCode.OK, (await grouped.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim kommune", county = "Trøndelag" })).Status);
            Assert.True((await grouped.Http.ApiPutAsync("/api/projects/by-grouped", new { title = "Skrevet gruppert" })).Status is HttpStatusCode.OK or HttpStatusCode.Created);
        }

        await using var again = await RunningSilo.StartAsync(database.Storage.DataDir, settings(StorageWrites.AdoNet));
        Assert.Equal("Endret gruppert", (string?)(await again.Http.ReadAsync("/api/projects/by-reference"))["title"]);
        Assert.Equal("Trondheim kommune", (string?)(await again.Http.ReadAsync("/api/municipalities/5001"))["name"]);
        Assert.Equal("Skrevet gruppert", (string?)(await again.Http.ReadAsync("/api/projects/by-grouped"))["title"]);
        Assert.Equal(HttpStatusCode.OK, (await again.Http.ApiPutAsync("/api/projects/by-grouped", new { title = "Endret av ADO.NET" })).Status);
        var versions = await StoredRows.VersionsAsync(database.Storage, "project");
        Assert.Equal(2, versions["by-reference"]);
        Assert.Equal(2, versions["by-grouped"]);

        // Each row's key columns and hashes are those the provider's hasher gives its key, whoever wrote it.
        var rows = await RowKeysAsync(database.Storage);
        Assert.Contains(rows, row => row.Kind == "project" && row.Stored.Extension == "by-grouped");
        Assert.Contains(rows, row => row.Kind == "municipality");
        Assert.All(rows, row => Assert.Equal(Expected(row.Kind, row.Stored), row.Stored));
    }

    private sealed record RowKey(long N0, long N1, string Extension, int IdHash, int TypeHash);

    // The key a row was stored under, made again from the grain id it stands for.
    private static RowKey Expected(string kind, RowKey stored)
    {
        var extension = stored.Extension.Length > 0 ? "+" + stored.Extension : "";
        var id = GrainId.Create("any", (stored.N0, stored.N1) switch
        {
            (0, 0) => stored.Extension,
            (0, var n) => n.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + extension,
            var (n0, n1) => new Guid([.. BitConverter.GetBytes(n0), .. BitConverter.GetBytes(n1)]).ToString("N") + extension,
        });
        var key = Collaboration.Silo.Storage.GrainRowKey.Of(id);
        var hasher = new Orleans.Storage.OrleansDefaultHasher();
        return new RowKey(key.N0, key.N1, key.Extension ?? "", hasher.Hash(key.HashBytes), hasher.Hash(System.Text.Encoding.UTF8.GetBytes(kind)));
    }

    private static async Task<List<(string Kind, RowKey Stored)>> RowKeysAsync(StorageOptions storage)
    {
        await using var connection = await Collaboration.Silo.Storage.SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, GrainIdHash, GrainTypeHash FROM OrleansStorage;";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, RowKey)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), new RowKey(reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5))));
        }

        return rows;
    }
}
