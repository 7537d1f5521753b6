using System.Globalization;
using ScottPlot;

namespace Collaboration.Benchmarks;

/// <summary>
/// The report's figures as a horizontal bar chart: each bar is a figure's ratio to its ceiling,
/// green where the target is met and red where not, with the target marked across the bar.
/// </summary>
public static class FigureChart
{
    private static readonly Color Met = Color.FromHex("#2E7D32");
    private static readonly Color Missed = Color.FromHex("#C62828");

    public static void SavePng(IReadOnlyList<Figure> figures, string path)
    {
        using var plot = new Plot();
        // The first figure on top: positions count down.
        var positions = figures.Select((_, i) => (double)(figures.Count - 1 - i)).ToArray();
        var bars = figures.Select((f, i) => new Bar
        {
            Position = positions[i],
            Value = f.Ratio,
            FillColor = f.Met ? Met : Missed,
            Label = f.Ratio.ToString("0.00", CultureInfo.InvariantCulture),
            Orientation = Orientation.Horizontal,
        }).ToArray();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        for (var i = 0; i < figures.Count; i++)
        {
            var target = plot.Add.Line(figures[i].Target, positions[i] - 0.45, figures[i].Target, positions[i] + 0.45);
            target.LineWidth = 3;
            target.LineColor = Colors.Black;
            target.MarkerSize = 0;
        }

        plot.Axes.Left.SetTicks(positions, [.. figures.Select(f => $"{f.Name} - {f.Variant}")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.02, top: 0.02);
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.XLabel("ours / ceiling, green where the target is met; black mark: the target (a rate must reach it, a time or size stay within it)");
        plot.Title("Figures beside their ceilings");
        plot.SavePng(path, 1600, 120 + (34 * figures.Count));
    }
}
