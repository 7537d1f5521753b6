using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// One row of the benchmark: a persisted operation (a project's budget changed, PUT
/// /api/projects/{id}) driven through the gateway against a fresh database, then the raw upsert
/// loop on that same database.
/// </summary>
public sealed record WriteScenario(string Store, StorageProvider Provider, bool StandaloneGateway, StorageWrites Writes)
{
    /// <summary>The row's name: the store and how the silo writes grain state.</summary>
    public string Name => $"{Store} [{Writes.ToString().ToLowerInvariant()}]";

    public const int Projects = 1000;

    /// <summary>Writes, one at a time, whose webhook deliveries are timed.</summary>
    public const int HookWrites = 200;

    private static readonly string[] Themes = ["klima", "areal"];

    public async Task<WriteFigures> RunAsync(int clients, TimeSpan duration, TimeSpan warmup)
    {
        await using var database = await TestDatabase.CreateAsync(Provider, Writes);
        Latencies gateway;
        (int Changes, double PerSecond) feed;
        Latencies hooks;
        Latencies reads;
        byte[] oneProject;
        var settings = database.Settings.Concat(WebhookLatency.LoopbackTargets).ToDictionary();
        var silo = ProgramProcess.StartSilo($"{Name}: silo", settings);
        var processes = new List<ProgramProcess> { silo };
        await using (new ProcessGroup(processes))
        {
            await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            var target = silo;
            if (StandaloneGateway)
            {
                target = ProgramProcess.StartGateway($"{Name}: gateway", settings);
                processes.Add(target);
                await target.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = target.Http.BaseAddress };
            http.DefaultRequestHeaders.Authorization = target.Http.DefaultRequestHeaders.Authorization; // an admin's token
            await Parallel.ForEachAsync(Enumerable.Range(0, Projects), async (i, _) => await PutAsync(http, Route, i, 0));
            // Unmeasured writes first, so the write path runs compiled at full tier when measured.
            await Latencies.MeasureAsync(clients, warmup, (client, n) => PutAsync(http, Route, Pick(client, n), n));
            gateway = await Latencies.MeasureAsync(clients, duration, (client, n) => PutAsync(http, Route, Pick(client, n), n));
            feed = await FeedCatchUp.MeasureAsync(http);
            hooks = await WebhookLatency.MeasureAsync(http, HookWrites);

            // Reads as the public does them: no token.
            using var reader = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = target.Http.BaseAddress };
            oneProject = await reader.GetByteArrayAsync(new Uri("/api/projects/bench-0", UriKind.Relative));
            reads = await Latencies.MeasureAsync(clients, duration, (client, n) => GetAsync(reader, $"/api/projects/bench-{Pick(client, n)}"));
        }

        // The ceilings, measured after the silo has stopped, on the same database and cores.
        Latencies plain;
        Latencies bare;
        await using (var service = await PlainService.StartAsync(database.Storage, oneProject))
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = service.Address };
            await Latencies.MeasureAsync(clients, warmup, (client, n) => PutAsync(http, "/plain/projects/", Pick(client, n), n));
            plain = await Latencies.MeasureAsync(clients, duration, (client, n) => PutAsync(http, "/plain/projects/", Pick(client, n), n));
            bare = await Latencies.MeasureAsync(clients, duration, (client, n) => GetAsync(http, "/plain/constant"));
        }

        if (gateway.Milliseconds.Count == 0)
        {
            throw new InvalidOperationException($"{Name}: every write was refused ({gateway.Errors}).");
        }

        var payloadBytes = await StatePayloadBytesAsync(database.Storage);
        var raw = await RawUpserts.MeasureAsync(database.Storage, clients, payloadBytes, duration);
        return new WriteFigures(Name, gateway, raw, payloadBytes, feed.Changes, feed.PerSecond, hooks) { Plain = plain, Reads = reads, Bare = bare };
    }

    private static int Pick(int client, long n) => (int)(((client * 7919L) + n) % Projects);

    private const string Route = "/api/projects/";

    private static async Task<bool> PutAsync(HttpClient http, string route, int project, long amount)
    {
        using var response = await http.PutAsJsonAsync($"{route}bench-{project}", new
        {
            title = $"Prosjekt {project}",
            themes = Themes,
            budget = new[] { new { year = 2026, amount = amount.ToString(CultureInfo.InvariantCulture) } },
        });
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<bool> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode == HttpStatusCode.OK;
    }

    // The raw loop writes payloads as large as the stored project states.
    private static async Task<int> StatePayloadBytesAsync(StorageOptions storage)
    {
        const string sql = "SELECT CAST(AVG(LENGTH(PayloadBinary)) AS INTEGER) FROM OrleansStorage WHERE GrainTypeString = 'project'";
        await using var connection = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
