using System.Globalization;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>
/// --projects N --applications N --queries N --changes N --data FOLDER --reports (defaults: 5 000
/// + 5 000 entries, 2 000 queries, 100 changes, a fresh temporary folder, objects made through the grains).
/// </summary>
public sealed record BenchmarkOptions(int Projects, int Applications, int Queries, int Changes)
{
    /// <summary>A folder to seed once and keep; a run that finds it seeded measures what is there.</summary>
    public string? Data { get; init; }

    /// <summary>Entries reported straight to the portfolio rather than made as objects (see <see cref="ReportSeeder"/>).</summary>
    public bool Reports { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        string? Text(string name)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        int Read(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        return new BenchmarkOptions(Read("projects", 5000), Read("applications", 5000), Read("queries", 2000), Read("changes", 100))
        {
            Data = Text("data"),
            Reports = args.Contains("--reports"),
        };
    }
}
