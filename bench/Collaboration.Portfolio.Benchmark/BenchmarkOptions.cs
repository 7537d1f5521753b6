using System.Globalization;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>--projects N --applications N --queries N --changes N (defaults: 5 000 + 5 000 entries, 2 000 queries, 100 changes).</summary>
public sealed record BenchmarkOptions(int Projects, int Applications, int Queries, int Changes)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        int Read(string name, int fallback)
        {
            var index = Array.IndexOf(args, $"--{name}");
            return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
        }

        return new BenchmarkOptions(Read("projects", 5000), Read("applications", 5000), Read("queries", 2000), Read("changes", 100));
    }
}
