using System.Net;
using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>
/// The only silo is killed (SIGKILL, no shutdown code runs) after acknowledging writes, then
/// started again on the same database: every acknowledged write is there.
/// </summary>
public sealed class CrashRestartTests
{
    private const int Writes = 200;

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Every_acknowledged_write_survives_a_killed_silo(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var acknowledged = new Dictionary<string, long>();
        var silo = ProgramProcess.StartSilo("silo", database.Settings);
        await using (silo)
        {
            await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            await Parallel.ForEachAsync(Enumerable.Range(0, Writes), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var amount = 1000L * (i + 1);
                var answer = await silo.Http.ApiPutAsync($"/api/projects/crash-{i}", new { title = $"Prosjekt {i}", budget = new[] { new { year = 2026, amount = $"{amount}" } } });
                Assert.True((answer.Status) is HttpStatusCode.OK or HttpStatusCode.Created);
                lock (acknowledged)
                {
                    acknowledged[$"crash-{i}"] = amount;
                }
            });

            silo.Kill();
        }

        await using var restarted = ProgramProcess.StartSilo("restarted silo", database.Settings, previous: silo);
        await restarted.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(Writes, acknowledged.Count);
        foreach (var (id, amount) in acknowledged)
        {
            var project = await restarted.Http.ReadAsync($"/api/projects/{id}");
            Assert.Equal($"{amount}.00", (string?)project["budget"]![0]!["amount"]);
        }
    }
}
