using System.Globalization;

namespace Collaboration.Benchmarks;

/// <summary>
/// How large the report measures. The defaults are the targets' own sizes; --quick takes small
/// ones so the whole report runs in a few minutes. Any size given on the command line wins.
/// </summary>
public sealed record ReportSizes(int Seconds, int Warmup, int Clients, int Grains, int Objects, int ListQueries, int Entries, int PortfolioQueries, int Changes)
{
    public static ReportSizes Parse(string[] args)
    {
        var quick = args.Contains("--quick");

        int Read(string name, int full, int small)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : quick ? small : full;
        }

        return new ReportSizes(
            Seconds: Read("seconds", 20, 5),
            Warmup: Read("warmup", 10, 2),
            Clients: Read("clients", 32, 32),
            Grains: Read("grains", 100_000, 10_000),
            Objects: Read("objects", 10_000, 1_000),
            ListQueries: Read("queries", 200, 100),
            Entries: Read("entries", 100_000, 5_000),
            PortfolioQueries: Read("portfolio-queries", 2_000, 500),
            Changes: Read("changes", 100, 50));
    }
}
