namespace Collaboration.Portfolio;

/// <summary>
/// The overview in memory: the latest report of each source, and the entries merged from them.
/// A report touches only the entries it named before and names now.
/// </summary>
public sealed class PortfolioIndex
{
    private readonly Dictionary<string, PortfolioReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _contributors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PortfolioEntry> _entries = new(StringComparer.Ordinal);

    public IEnumerable<PortfolioEntry> Entries => _entries.Values;

    public IEnumerable<PortfolioDeadline> Deadlines => _reports.Values.SelectMany(r => r.Deadlines);

    public PortfolioEntry? Find(string key) => _entries.GetValueOrDefault(key);

    public void Apply(PortfolioReport report)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        if (_reports.TryGetValue(report.Source, out var before))
        {
            foreach (var key in KeysOf(before))
            {
                _contributors[key].Remove(report.Source);
                touched.Add(key);
            }
        }

        _reports[report.Source] = report;
        foreach (var key in KeysOf(report))
        {
            if (!_contributors.TryGetValue(key, out var sources))
            {
                _contributors[key] = sources = new HashSet<string>(StringComparer.Ordinal);
            }

            sources.Add(report.Source);
            touched.Add(key);
        }

        foreach (var key in touched)
        {
            Merge(key);
        }
    }

    private void Merge(string key)
    {
        var reports = _contributors.TryGetValue(key, out var sources) ? sources.Select(s => _reports[s]).ToList() : [];
        var item = reports.Select(r => r.Item).FirstOrDefault(i => i?.Key == key);
        if (item is null)
        {
            // A supplement or a decision about an entry nobody owns (yet) shows nothing.
            _entries.Remove(key);
            if (reports.Count == 0)
            {
                _contributors.Remove(key);
            }

            return;
        }

        _entries[key] = PortfolioEntry.Merge(
            item,
            [.. reports.Select(r => r.Supplement).OfType<PortfolioSupplement>().Where(s => s.Key == key)],
            [.. reports.SelectMany(r => r.Decisions).Where(d => d.ItemKey == key).OrderBy(d => d.Date).ThenBy(d => d.Case.Sequence)],
            [.. reports.SelectMany(r => r.Deadlines).Where(d => d.ItemKey == key).OrderBy(d => d.Due)]);
    }

    private static IEnumerable<string> KeysOf(PortfolioReport report)
    {
        if (report.Item is { } item)
        {
            yield return item.Key;
        }

        if (report.Supplement is { } supplement)
        {
            yield return supplement.Key;
        }

        foreach (var key in report.Decisions.Select(d => d.ItemKey).Concat(report.Deadlines.Select(d => d.ItemKey)).OfType<string>().Distinct())
        {
            yield return key;
        }
    }
}
