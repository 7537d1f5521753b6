namespace Collaboration.Portfolio;

/// <summary>
/// The overview in memory: the latest report of each source, and the entries merged from them.
/// A report touches only the entries it named before and names now. Each entry has a slot, and
/// what queries look entries up by (<see cref="PortfolioPostings"/>) and the totals over each
/// region are kept as entries change, so a query reads only the entries it matches.
/// </summary>
public sealed class PortfolioIndex
{
    private readonly Dictionary<string, PortfolioReport> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _contributors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<PortfolioEntry?> _entries = [];
    private readonly List<EntrySums?> _sums = [];
    private readonly TotalKeys _keys = new();
    private readonly Stack<int> _free = new();
    private readonly PortfolioPostings _postings = new();
    private readonly Dictionary<string, PortfolioTotals> _regions = new(StringComparer.Ordinal);

    public IEnumerable<PortfolioEntry> Entries => _entries.OfType<PortfolioEntry>();

    /// <summary>The entries matching <paramref name="filter"/>, in no particular order.</summary>
    public IReadOnlyList<PortfolioEntry> Matching(PortfolioFilter filter) => [.. EntriesIn(Match(filter))];

    /// <summary>
    /// The entries matching <paramref name="filter"/> as a set of slots: the postings' candidates,
    /// less those whose year or words do not match. No list of the matches is made, so a query over
    /// 100 000 entries allocates a few bitmaps, not arrays of the matches.
    /// </summary>
    public EntrySet Match(PortfolioFilter filter)
    {
        var matching = new EntrySet(_postings.Candidates(filter, _entries.Count));
        if (filter.Year is not null || filter.Text is not null)
        {
            foreach (var slot in matching.Members.Where(slot => !PortfolioSearch.MatchesRest(_entries[slot]!, filter)).ToList())
            {
                matching.Remove(slot);
            }
        }

        return matching;
    }

    public IEnumerable<PortfolioEntry> EntriesIn(EntrySet set) => set.Members.Select(slot => _entries[slot]!);

    /// <summary>
    /// The totals over <paramref name="matching"/>, the entries matching <paramref name="filter"/>:
    /// kept as entries change when the filter names only regions, summed otherwise.
    /// </summary>
    public PortfolioTotals Totals(PortfolioFilter filter, EntrySet matching)
    {
        var totals = new PortfolioTotals(_keys);
        if (filter.Themes.Count + filter.Statuses.Count + filter.Municipalities.Count + filter.Forums.Count + filter.Kinds.Count > 0
            || filter.Year is not null || filter.Text is not null)
        {
            foreach (var slot in matching.Members)
            {
                totals.Add(_sums[slot]!);
            }

            return totals;
        }

        foreach (var region in (filter.Regions.Count == 0 ? [PortfolioFilter.OwnRegion] : filter.Regions).Distinct(StringComparer.Ordinal))
        {
            if (_regions.TryGetValue(region, out var kept))
            {
                totals.Add(kept);
            }
        }

        return totals;
    }

    public IEnumerable<PortfolioDeadline> Deadlines => _reports.Values.SelectMany(r => r.Deadlines);

    public PortfolioEntry? Find(string key) => _slots.TryGetValue(key, out var slot) ? _entries[slot] : null;

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
            Set(key, null);
            if (reports.Count == 0)
            {
                _contributors.Remove(key);
            }

            return;
        }

        Set(key, PortfolioEntry.Merge(
            item,
            [.. reports.Select(r => r.Supplement).OfType<PortfolioSupplement>().Where(s => s.Key == key)],
            [.. reports.SelectMany(r => r.Decisions).Where(d => d.ItemKey == key).OrderBy(d => d.Date).ThenBy(d => d.Case.Sequence)],
            [.. reports.SelectMany(r => r.Deadlines).Where(d => d.ItemKey == key).OrderBy(d => d.Due)]));
    }

    /// <summary>Puts <paramref name="entry"/> in the slot of <paramref name="key"/> (null frees it), keeping the postings and totals.</summary>
    private void Set(string key, PortfolioEntry? entry)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            var before = _entries[slot]!;
            _postings.Remove(slot, before);
            Region(before).Remove(_sums[slot]!);
            if (entry is null)
            {
                _entries[slot] = null;
                _sums[slot] = null;
                _slots.Remove(key);
                _free.Push(slot);
                return;
            }
        }
        else if (entry is null)
        {
            return;
        }
        else
        {
            slot = _free.Count > 0 ? _free.Pop() : _entries.Count;
            if (slot == _entries.Count)
            {
                _entries.Add(null);
                _sums.Add(null);
            }

            _slots[key] = slot;
        }

        var sums = new EntrySums(entry, _keys);
        _entries[slot] = entry;
        _sums[slot] = sums;
        _postings.Add(slot, entry);
        Region(entry).Add(sums);
    }

    private PortfolioTotals Region(PortfolioEntry entry)
    {
        var region = entry.Item.Region ?? PortfolioFilter.OwnRegion;
        if (!_regions.TryGetValue(region, out var totals))
        {
            _regions[region] = totals = new PortfolioTotals(_keys);
        }

        return totals;
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
