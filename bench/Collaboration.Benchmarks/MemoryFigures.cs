using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// The silo's working set with many grains active: one silo on SQLite, a thousand projects written,
/// then every grain of <c>grains</c> projects activated by a read (most have no stored state, so the
/// figure is the activations' own cost), measured after a full collection the process makes itself
/// when idle. The ceiling is the issue's: 1 GiB for 100 000 active grains.
/// </summary>
public static class MemoryFigures
{
    private const double Ceiling = 1024d * 1024 * 1024;

    /// <summary>Prints the figures and returns the one beside the ceiling: the working set with every grain active.</summary>
    public static async Task<Figure> RunAsync(int grains, int clients)
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        await using var silo = ProgramProcess.StartSilo("memory: silo", database.Settings);
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = silo.Http.BaseAddress };
        http.DefaultRequestHeaders.Authorization = silo.Http.DefaultRequestHeaders.Authorization;
        var started = silo.WorkingSet;

        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, token) =>
        {
            using var answer = await http.PutAsync(new Uri($"/api/projects/memory-{i}", UriKind.Relative),
                JsonContent.Create(new { title = $"Prosjekt {i}" }), token);
            answer.EnsureSuccessStatusCode();
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var notFound = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, grains), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, token) =>
        {
            using var answer = await http.GetAsync(new Uri($"/api/projects/memory-{i}", UriKind.Relative), token);
            if (answer.StatusCode == HttpStatusCode.NotFound)
            {
                Interlocked.Increment(ref notFound);
            }
        });
        var activation = clock.Elapsed;

        // Let the runtime settle (its own collections run while idle) before reading the figure.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var active = silo.WorkingSet;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Memory: {grains:N0} project grains activated by reads ({grains - notFound:N0} with state) in {activation.TotalSeconds:0.0} s, {clients} clients."));
        Console.WriteLine("figure                                   bytes        MiB   ceiling MiB  ratio to ceiling");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"working set after start",-36} {started,12:N0} {started / 1048576d,10:0} {Ceiling / 1048576d,13:0} {started / Ceiling,17:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{$"working set, {grains:N0} grains active",-36} {active,12:N0} {active / 1048576d,10:0} {Ceiling / 1048576d,13:0} {active / Ceiling,17:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"per grain (difference)",-36} {(active - started) / (double)grains,12:N0}"));
        return Figure.AtMost("working set vs 1 GiB", string.Create(CultureInfo.InvariantCulture, $"SQLite, {grains:N0} grains active"),
            active / 1048576d, Ceiling / 1048576d, "MiB");
    }
}
