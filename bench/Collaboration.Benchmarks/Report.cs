using System.Globalization;
using Collaboration.Portfolio.Benchmark;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// Every figure in turn, each beside its ceiling or target: writes and reads on SQLite and
/// PostgreSQL with both write paths, memory with many grains active, lists at scale, and the
/// portfolio. Printed as one table at the end and written as figures.csv and figures.png under
/// artifacts/bench/&lt;UTC time&gt;/, copied to artifacts/bench/latest/.
/// </summary>
public static class Report
{
    // The portfolio's targets.
    private const double QueryP50Milliseconds = 10;
    private const double QueryP99Milliseconds = 30;
    private const double ChangeP99Milliseconds = 100;

    public static async Task RunAsync(ReportSizes sizes)
    {
        var started = DateTime.UtcNow;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Report: {sizes}"));
        var figures = new List<Figure>();
        foreach (var scenario in WriteStores.Scenarios([StorageWrites.AdoNet, StorageWrites.Grouped]))
        {
            var writes = await scenario.RunAsync(sizes.Clients, TimeSpan.FromSeconds(sizes.Seconds), TimeSpan.FromSeconds(sizes.Warmup));
            Console.WriteLine(WriteFigures.Header);
            Console.WriteLine(writes);
            figures.AddRange(writes.Figures);
        }

        figures.Add(await MemoryFigures.RunAsync(sizes.Grains, sizes.Clients));
        figures.AddRange(await ListFigures.RunAsync(sizes.Objects, sizes.Objects, sizes.Clients, sizes.ListQueries));
        var projects = sizes.Entries / 2;
        figures.AddRange(Portfolio(await PortfolioFigures.MeasureAsync(
            new BenchmarkOptions(projects, sizes.Entries - projects, sizes.PortfolioQueries, sizes.Changes))));

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Every figure beside its ceiling ({Environment.ProcessorCount} cores shared by load and server, {(DateTime.UtcNow - started).TotalMinutes:0} min):"));
        Console.WriteLine();
        Console.Write(FigureTable.Text(figures));
        var folder = Save(figures, started);
        Console.WriteLine();
        Console.WriteLine($"Written: {folder}/figures.csv and figures.png, copied to artifacts/bench/latest/.");
    }

    private static IEnumerable<Figure> Portfolio(PortfolioFigures portfolio)
    {
        var variant = $"{portfolio.Entries.ToString("N0", CultureInfo.InvariantCulture)} entries";
        yield return Figure.AtMost("portfolio query p50 vs 10 ms", variant, portfolio.Queries.Percentile(50).TotalMilliseconds, QueryP50Milliseconds, "ms");
        yield return Figure.AtMost("portfolio query p99 vs 30 ms", variant, portfolio.Queries.Percentile(99).TotalMilliseconds, QueryP99Milliseconds, "ms");
        yield return Figure.AtMost("change visible p99 vs 100 ms", variant, portfolio.Changes.Percentile(99).TotalMilliseconds, ChangeP99Milliseconds, "ms");
    }

    private static string Save(IReadOnlyList<Figure> figures, DateTime started)
    {
        var bench = Path.Combine(Repository.Root, "artifacts", "bench");
        var folder = Path.Combine(bench, started.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "figures.csv"), FigureTable.Csv(figures));
        FigureChart.SavePng(figures, Path.Combine(folder, "figures.png"));

        var latest = Path.Combine(bench, "latest");
        Directory.CreateDirectory(latest);
        foreach (var file in new[] { "figures.csv", "figures.png" })
        {
            File.Copy(Path.Combine(folder, file), Path.Combine(latest, file), overwrite: true);
        }

        return Path.GetRelativePath(Repository.Root, folder);
    }
}
