namespace Collaboration.Portfolio;

/// <summary>
/// Sums over a set of entries: in all, per theme, per status and per municipality taking part.
/// Entries are added and taken away in place (no copy per entry), so the totals over every entry
/// of a region can be kept as entries change, and those of a filter summed in one pass.
/// </summary>
public sealed class PortfolioTotals
{
    private readonly Sum _total = new();
    private readonly Dictionary<string, Sum> _byTheme = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sum> _byStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sum> _byMunicipality = new(StringComparer.Ordinal);

    /// <summary>How many entries are summed.</summary>
    public int Count => _total.Count;

    public void Add(PortfolioEntry entry) => Apply(entry, 1);

    public void Remove(PortfolioEntry entry) => Apply(entry, -1);

    /// <summary>Adds what <paramref name="other"/> sums (another region's totals).</summary>
    public void Add(PortfolioTotals other)
    {
        _total.Add(other._total);
        Merge(_byTheme, other._byTheme);
        Merge(_byStatus, other._byStatus);
        Merge(_byMunicipality, other._byMunicipality);
    }

    public PortfolioTotal Total => _total.ToTotal("");

    public IReadOnlyList<PortfolioTotal> ByTheme => Ordered(_byTheme);

    public IReadOnlyList<PortfolioTotal> ByStatus => Ordered(_byStatus);

    public IReadOnlyList<PortfolioTotal> ByMunicipality => Ordered(_byMunicipality);

    private void Apply(PortfolioEntry entry, int sign)
    {
        var item = entry.Item;
        _total.Add(sign, entry.Budget, item.Requested, item.Granted);

        foreach (var theme in item.Themes)
        {
            At(_byTheme, theme).Add(sign, entry.Budget, item.Requested, item.Granted);
        }

        At(_byStatus, item.Status).Add(sign, entry.Budget, item.Requested, item.Granted);
        foreach (var participant in entry.TakingPartList)
        {
            At(_byMunicipality, participant.MunicipalityId).Add(sign, 0, participant.Requested, participant.Granted);
        }
    }

    private static Sum At(Dictionary<string, Sum> sums, string key)
    {
        if (!sums.TryGetValue(key, out var sum))
        {
            sums[key] = sum = new Sum();
        }

        return sum;
    }

    private static void Merge(Dictionary<string, Sum> into, Dictionary<string, Sum> from)
    {
        foreach (var (key, sum) in from)
        {
            At(into, key).Add(sum);
        }
    }

    // A sum that every entry has left is not shown, as if it had never been.
    private static IReadOnlyList<PortfolioTotal> Ordered(Dictionary<string, Sum> sums) =>
        [.. sums.Where(s => s.Value.Count != 0)
            .Select(s => s.Value.ToTotal(s.Key))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Key, StringComparer.Ordinal)];

    private sealed class Sum
    {
        public int Count { get; private set; }

        private decimal _budget;
        private decimal _requested;
        private decimal _granted;

        public void Add(int sign, decimal budget, decimal requested, decimal granted)
        {
            Count += sign;
            if (sign > 0)
            {
                _budget += budget;
                _requested += requested;
                _granted += granted;
            }
            else
            {
                _budget -= budget;
                _requested -= requested;
                _granted -= granted;
            }
        }

        public void Add(Sum other)
        {
            Count += other.Count;
            _budget += other._budget;
            _requested += other._requested;
            _granted += other._granted;
        }

        public PortfolioTotal ToTotal(string key) => new(key, Count, _budget, _requested, _granted);
    }
}
