using System.Diagnostics;
using System.Net;
using Collaboration.ServiceDefaults.Storage;
using Xunit.Abstractions;

namespace Collaboration.Silo.Tests.Cluster;

/// <summary>
/// Production mode for real: three silo processes and two standalone gateway processes on
/// loopback, sharing one PostgreSQL database. One silo is killed with SIGKILL in the middle.
/// </summary>
public sealed class ClusterTests(ITestOutputHelper output)
{
    private const int Projects = 300;

    [Fact]
    public async Task A_killed_silo_loses_no_acknowledged_write_and_the_gateways_recover()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var silos = new List<ProgramProcess> { ProgramProcess.StartSilo("silo 1", database.Settings) };
        await using var cleanup = new ProcessGroup(silos);
        await silos[0].WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        silos.Add(ProgramProcess.StartSilo("silo 2", database.Settings));
        silos.Add(ProgramProcess.StartSilo("silo 3", database.Settings));
        var writer = ProgramProcess.StartGateway("gateway A", database.Settings);
        var reader = ProgramProcess.StartGateway("gateway B", database.Settings);
        silos.AddRange([writer, reader]);
        foreach (var process in silos)
        {
            await process.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        }

        var acknowledged = new Dictionary<string, long>();
        await WriteAsync(writer, Enumerable.Range(0, Projects), round: 1, acknowledged);
        Assert.Equal(Projects, acknowledged.Count);

        var clock = Stopwatch.StartNew();
        silos[1].Kill();

        // Writes to every grain again, the killed silo's among them, until a whole round succeeds.
        var round = 2;
        var failedRounds = 0;
        while (await WriteAsync(writer, Enumerable.Range(0, Projects), round++, acknowledged) > 0)
        {
            failedRounds++;
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), $"The gateway did not serve every write again within 3 minutes:\n{silos[0].Output}");
        }

        var recovered = clock.Elapsed;
        output.WriteLine($"Every write served again {recovered.TotalSeconds:0.0} s after the silo was killed ({failedRounds} rounds with failures).");
        Console.WriteLine($"Cluster recovery after SIGKILL of one of three silos: {recovered.TotalSeconds:0.0} s");

        // Every acknowledged write is readable, through the other gateway.
        foreach (var (id, amount) in acknowledged)
        {
            var project = await reader.Http.ReadAsync($"/api/projects/{id}");
            Assert.Equal($"{amount}.00", (string?)project["budget"]![0]!["amount"]);
        }
    }

    // Writes one round of budgets (amount = round * 1000 + i); returns how many were refused.
    private static async Task<int> WriteAsync(ProgramProcess gateway, IEnumerable<int> projects, int round, Dictionary<string, long> acknowledged)
    {
        var refused = 0;
        await Parallel.ForEachAsync(projects, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var id = $"cluster-{i}";
            var amount = (round * 1000L) + i;
            try
            {
                var answer = await gateway.Http.ApiPutAsync($"/api/projects/{id}", new { title = $"Prosjekt {i}", budget = new[] { new { year = 2026, amount = $"{amount}" } } });
                if (answer.Status is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    lock (acknowledged)
                    {
                        acknowledged[id] = amount;
                    }

                    return;
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // Not acknowledged: the caller may retry; nothing is promised.
            }

            Interlocked.Increment(ref refused);
        });
        return refused;
    }
}
