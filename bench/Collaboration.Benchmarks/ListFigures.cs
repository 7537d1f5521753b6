using System.Globalization;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// Lists and registers at scale, on SQLite in one process: how long creating many projects, forums
/// and municipalities through the API takes, what a new object costs beside a change to an existing
/// one, how large the stored registers are, and how fast the list routes answer at that size.
/// </summary>
public static class ListFigures
{
    private static readonly string[] Climate = ["klima"];
    private static readonly string[] Land = ["areal"];

    // The targets: 10,000 projects created within a minute, a list answered within 50 ms at p99.
    private const double SecondsPer10000 = 60;
    private const double ListP99Milliseconds = 50;

    /// <summary>Prints the figures and returns those beside a ceiling: the projects' creation time and each list route's p99.</summary>
    public static async Task<IReadOnlyList<Figure>> RunAsync(int projects, int others, int clients, int queries)
    {
        var figures = new List<Figure>();
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var silo = ProgramProcess.StartSilo("lists: silo", database.Settings);
        await using (new ProcessGroup([silo]))
        {
            await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = silo.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = silo.Http.DefaultRequestHeaders.Authorization; // an admin's token

            Console.WriteLine($"Lists and registers: SQLite, one process, {clients} concurrent clients, {Environment.ProcessorCount} cores shared by load and server.");
            Console.WriteLine();
            Console.WriteLine("| created | objects | seconds | per second | first 1,000/s | last 1,000/s | last/first | errors |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            var created = await Creation.RunAsync(http, clients, projects, Project, i => new { title = $"Prosjekt {i}", themes = Climate });
            Console.WriteLine(created.Row("projects (new ids)"));
            figures.Add(Figure.AtMost("create projects vs 60 s per 10,000", $"SQLite, {projects.ToString("N0", CultureInfo.InvariantCulture)} projects",
                created.Elapsed.TotalSeconds, SecondsPer10000 * projects / 10_000, "s"));
            var changed = await Creation.RunAsync(http, clients, Math.Min(projects, 2 * Creation.Slice), Project, i => new { title = $"Prosjekt {i} endret", themes = Land });
            Console.WriteLine(changed.Row("projects changed (existing ids)"));
            Console.WriteLine(
                (await Creation.RunAsync(http, clients, others, i => $"/api/forums/bench-{i}", i => new { name = $"Forum {i}", kind = "network", casePrefix = "B" })).Row("forums (new ids)"));
            var municipalities = Math.Min(others, 5400); // kommunenummer 0300–5699
            Console.WriteLine(
                (await Creation.RunAsync(http, clients, municipalities, Municipality, i => new { name = $"Kommune {i}", county = "Trøndelag" })).Row("municipalities (new ids)"));
            Console.WriteLine();
            Console.WriteLine($"A new project per second beside a changed one: {Latencies.Format(created.Objects / created.Elapsed.TotalSeconds / (changed.Objects / changed.Elapsed.TotalSeconds))}.");
            Console.WriteLine(await RegisterBytesAsync(database.Storage));
            Console.WriteLine();

            Console.WriteLine($"List routes, {queries} requests one at a time after 3 unmeasured:");
            Console.WriteLine();
            Console.WriteLine("| route | p50 ms | p99 ms | items | bytes |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            var middle = Project(projects / 2)["/api/projects/".Length..];
            foreach (var (route, listed) in new[]
            {
                ("/api/projects", projects), ($"/api/projects?after={middle}", projects), ("/api/projects?limit=1000", projects),
                ("/api/forums", others), ("/api/municipalities", municipalities),
            })
            {
                var timing = await ListTiming.MeasureAsync(http, route, queries);
                Console.WriteLine(timing.Row);
                figures.Add(Figure.AtMost("list p99 vs 50 ms", $"GET {route}, {listed.ToString("N0", CultureInfo.InvariantCulture)} listed",
                    timing.Times.Percentile(99), ListP99Milliseconds, "ms"));
            }

            Console.WriteLine(await ListTiming.WalkAsync(http, "/api/projects", "projects"));
        }

        return figures;
    }

    private static string Project(int i) => $"/api/projects/bench-{i.ToString("D5", CultureInfo.InvariantCulture)}";

    private static string Municipality(int i) => $"/api/municipalities/{(300 + i).ToString("D4", CultureInfo.InvariantCulture)}";

    private static async Task<string> RegisterBytesAsync(StorageOptions storage)
    {
        const string sql = "SELECT COUNT(*), COALESCE(SUM(LENGTH(PayloadBinary)), 0), COALESCE(MAX(LENGTH(PayloadBinary)), 0) FROM OrleansStorage WHERE GrainTypeString LIKE 'register%'";
        await using var connection = await SchemaMigrator.OpenAsync(storage, CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"Registers stored: {reader.GetInt64(0)} rows, {reader.GetInt64(1):N0} bytes, the largest {reader.GetInt64(2):N0} bytes (each row is rewritten whole on a change).";
    }
}
