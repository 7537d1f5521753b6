using System.Collections.Concurrent;
using System.Net;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Journal;

/// <summary>
/// The only silo is killed (SIGKILL) in the middle of 500 concurrent writes and started again:
/// every acknowledged change has exactly one journal record, and the journal and the stored
/// states agree, version for version: no change without its record, no record without its change.
/// </summary>
public sealed class JournalAtomicityTests
{
    private const int Projects = 100;
    private const int ChangesEach = 5;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_killed_silo_leaves_the_journal_and_the_states_in_agreement(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var acknowledged = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var silo = ProgramProcess.StartSilo("silo", database.Settings);
        await using (silo)
        {
            await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var writing = Parallel.ForEachAsync(Enumerable.Range(0, Projects), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, _) =>
            {
                var id = $"journal-{p}";
                for (var version = 1; version <= ChangesEach; version++)
                {
                    try
                    {
                        var answer = await silo.Http.ApiPutAsync($"/api/projects/{id}", new { title = $"v{version}" });
                        if (answer.Status is not (HttpStatusCode.OK or HttpStatusCode.Created))
                        {
                            return;
                        }

                        acknowledged[id] = version;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        return; // the silo is gone: this change was never acknowledged
                    }
                }
            });

            await Eventually.ValueAsync(() => Task.FromResult(acknowledged.Values.Sum()), sum => sum >= Projects * ChangesEach / 2, TimeSpan.FromMinutes(2));
            silo.Kill();
            await writing;
        }

        Assert.InRange(acknowledged.Values.Sum(), Projects * ChangesEach / 2, Projects * ChangesEach - 1);
        await using var restarted = ProgramProcess.StartSilo("restarted silo", database.Settings, previous: silo);
        await restarted.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        var journal = (await StoredRows.JournalAsync(database.Storage, "project"))
            .Where(r => r.ObjectId.StartsWith("journal-", StringComparison.Ordinal))
            .GroupBy(r => r.ObjectId)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Version).ToList(), StringComparer.Ordinal);
        var stored = (await StoredRows.VersionsAsync(database.Storage, "project"))
            .Where(s => s.Key.StartsWith("journal-", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);

        Assert.Equal(stored.Keys.Order(), journal.Keys.Order());
        foreach (var (id, version) in stored)
        {
            Assert.Equal(Enumerable.Range(1, version), journal[id]);
            Assert.True(version >= acknowledged.GetValueOrDefault(id), $"{id}: acknowledged {acknowledged.GetValueOrDefault(id)}, stored {version}");
            Assert.Equal($"v{version}", (string?)(await restarted.Http.ReadAsync($"/api/projects/{id}"))["title"]);
        }

        Assert.All(acknowledged.Keys, id => Assert.True(stored.ContainsKey(id)));
    }
}
