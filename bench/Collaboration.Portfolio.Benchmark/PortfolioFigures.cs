using System.Globalization;
using Collaboration.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>
/// The portfolio's figures: the filtered query over HTTP, how long a change takes to show in it,
/// and how long the portfolio takes to rebuild after a restart, over a seeded region. Printed as
/// they are measured, and returned for a report that sets them beside their targets.
/// </summary>
public sealed record PortfolioFigures(int Entries, Timings Queries, Timings Changes, TimeSpan Rebuild)
{
    /// <summary>
    /// Seeds a fresh system on loopback ports in this process and measures it. With
    /// <see cref="BenchmarkOptions.Data"/>, the region is seeded into that folder once and kept, and
    /// a later run measures the region found there (after its rebuild), so large sizes are seeded once.
    /// </summary>
    public static async Task<PortfolioFigures> MeasureAsync(BenchmarkOptions options)
    {
        using var temporary = options.Data is null ? new TempFolder() : null;
        var data = options.Data ?? temporary!.Path;
        var seeded = options.Data is not null && Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any();
        Directory.CreateDirectory(data);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Portfolio benchmark: {options.Projects} projects + {options.Applications} applications over {Seeder.MunicipalityCount} municipalities, {Environment.ProcessorCount} cores"));

        int entries;
        Timings queries;
        Timings changes;
        await using (var system = await RunningSilo.StartAsync(data))
        {
            if (seeded)
            {
                var found = await QueryBenchmark.UntilCompleteAsync(system.Http);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Seeded before in {data}: {found.Entries} entries complete {found.Elapsed.TotalSeconds:0.0} s after the process was ready"));
            }
            else if (options.Reports)
            {
                var seeding = await new ReportSeeder(system.Services.GetRequiredService<IGrainFactory>(), options).SeedAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded (entries reported to the portfolio) in {seeding.TotalSeconds:0.0} s"));
            }
            else
            {
                var seeding = await new Seeder(system.Services.GetRequiredService<IGrainFactory>(), options).SeedAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded in {seeding.TotalSeconds:0.0} s"));
            }

            entries = await QueryBenchmark.CountAsync(system.Http);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Portfolio entries: {entries}"));
            queries = await QueryBenchmark.RunAsync(system.Http, options.Queries);
            queries.Print("Filtered query over HTTP (sequential)");
            changes = await ChangeBenchmark.RunAsync(system.Http, options.Changes, options.Projects);
            changes.Print("Change visible in the portfolio, from sending the change");
        }

        if (options.Reports)
        {
            Console.WriteLine("Rebuild after restart: not measured (reported entries have no stored objects to ask)");
            return new PortfolioFigures(entries, queries, changes, TimeSpan.Zero);
        }

        await using var restarted = await RunningSilo.StartAsync(data);
        var rebuild = await QueryBenchmark.UntilCompleteAsync(restarted.Http);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Rebuild after restart: {rebuild.Entries} entries complete {rebuild.Elapsed.TotalSeconds:0.0} s after the process was ready"));
        return new PortfolioFigures(entries, queries, changes, rebuild.Elapsed);
    }
}
