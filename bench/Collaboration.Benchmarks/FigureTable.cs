using System.Globalization;
using System.Text;

namespace Collaboration.Benchmarks;

/// <summary>The report's figures as one aligned table for the console, and as CSV.</summary>
public static class FigureTable
{
    private static readonly string[] Columns = ["figure", "variant", "ours", "ceiling", "ratio", "target", "met"];

    private static readonly string[] CsvColumns = ["figure", "variant", "ours", "ours unit", "ceiling", "ceiling unit", "ratio", "target ratio", "ratio must be", "met"];

    public static string Text(IReadOnlyList<Figure> figures)
    {
        var rows = figures.Select(f => new[]
        {
            f.Name, f.Variant, Value(f.Ours, f.Unit), Value(f.Ceiling, f.Unit), Number(f.Ratio), f.Bound, f.Met ? "yes" : "no",
        }).Prepend(Columns).ToList();
        var widths = Enumerable.Range(0, Columns.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            // Names left, numbers right.
            var cells = row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
        }

        return text.ToString();
    }

    public static string Csv(IReadOnlyList<Figure> figures)
    {
        var text = new StringBuilder().AppendLine(string.Join(',', CsvColumns));
        foreach (var f in figures)
        {
            string[] cells =
            [
                f.Name, f.Variant, Exact(f.Ours), f.Unit, Exact(f.Ceiling), f.Unit, Exact(f.Ratio),
                Exact(f.Target), f.HigherIsBetter ? "at least" : "at most", f.Met ? "yes" : "no",
            ];
            text.AppendLine(string.Join(',', cells.Select(Quoted)));
        }

        return text.ToString();
    }

    private static string Value(double value, string unit) => $"{Number(value)} {unit}";

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);

    private static string Exact(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static string Quoted(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
