namespace Collaboration.Portfolio;

/// <summary>
/// Sums over a set of entries: in all, per theme, per status and per municipality taking part.
/// Entries are added and taken away in place, into arrays by <see cref="TotalKeys"/> number, so
/// the totals over every entry of a region can be kept as entries change, and those of a filter
/// summed in one pass with no lookup by text and no copy per entry.
/// </summary>
public sealed class PortfolioTotals(TotalKeys keys)
{
    private Sum _total;
    private Sum[] _byTheme = [];
    private Sum[] _byStatus = [];
    private Sum[] _byMunicipality = [];

    public void Add(EntrySums entry) => Apply(entry, 1);

    public void Remove(EntrySums entry) => Apply(entry, -1);

    /// <summary>Adds what <paramref name="other"/> sums (another region's totals).</summary>
    public void Add(PortfolioTotals other)
    {
        _total.Add(other._total);
        Merge(ref _byTheme, other._byTheme);
        Merge(ref _byStatus, other._byStatus);
        Merge(ref _byMunicipality, other._byMunicipality);
    }

    public PortfolioTotal Total => _total.ToTotal("");

    public IReadOnlyList<PortfolioTotal> ByTheme => Ordered(_byTheme, keys.Themes);

    public IReadOnlyList<PortfolioTotal> ByStatus => Ordered(_byStatus, keys.Statuses);

    public IReadOnlyList<PortfolioTotal> ByMunicipality => Ordered(_byMunicipality, keys.Municipalities);

    private void Apply(EntrySums entry, int sign)
    {
        if (entry.Units is { } units)
        {
            Spread(entry, sign, units);
        }
        else
        {
            Spread(entry, sign, entry.Amounts!);
        }
    }

    // The entry's budget, requested and granted to every sum it counts in; each municipality's share after them, two a municipality.
    private void Spread<T>(EntrySums entry, int sign, T[] parts)
        where T : struct
    {
        _total.Add(sign, parts[0], parts[1], parts[2]);
        foreach (var theme in entry.Themes)
        {
            At(ref _byTheme, theme).Add(sign, parts[0], parts[1], parts[2]);
        }

        At(ref _byStatus, entry.Status).Add(sign, parts[0], parts[1], parts[2]);
        for (var i = 0; i < entry.Municipalities.Length; i++)
        {
            At(ref _byMunicipality, entry.Municipalities[i]).Add(sign, default, parts[3 + (2 * i)], parts[4 + (2 * i)]);
        }
    }

    private static ref Sum At(ref Sum[] sums, int number)
    {
        if (number >= sums.Length)
        {
            Array.Resize(ref sums, Math.Max(number + 1, sums.Length * 2));
        }

        return ref sums[number];
    }

    private static void Merge(ref Sum[] into, Sum[] from)
    {
        for (var number = 0; number < from.Length; number++)
        {
            At(ref into, number).Add(from[number]);
        }
    }

    // A sum that every entry has left is not shown, as if it had never been.
    private static IReadOnlyList<PortfolioTotal> Ordered(Sum[] sums, TotalKeys.Numbered words) =>
        [.. sums.Select((sum, number) => (sum, number))
            .Where(s => s.sum.Count != 0)
            .Select(s => s.sum.ToTotal(words[s.number]))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Key, StringComparer.Ordinal)];

    // Whole units and, for entries with finer amounts, decimals: each added in its own kind.
    private struct Sum
    {
        private int _count;
        private Int128 _budget;
        private Int128 _requested;
        private Int128 _granted;
        private decimal _finerBudget;
        private decimal _finerRequested;
        private decimal _finerGranted;

        public readonly int Count => _count;

        // T is Int128 (whole units) or decimal; the JIT keeps only the branch of each.
        public void Add<T>(int sign, T budget, T requested, T granted)
            where T : struct
        {
            _count += sign;
            if (typeof(T) == typeof(Int128))
            {
                _budget += sign * (Int128)(object)budget;
                _requested += sign * (Int128)(object)requested;
                _granted += sign * (Int128)(object)granted;
            }
            else
            {
                _finerBudget += sign * (decimal)(object)budget;
                _finerRequested += sign * (decimal)(object)requested;
                _finerGranted += sign * (decimal)(object)granted;
            }
        }

        public void Add(Sum other)
        {
            _count += other._count;
            _budget += other._budget;
            _requested += other._requested;
            _granted += other._granted;
            _finerBudget += other._finerBudget;
            _finerRequested += other._finerRequested;
            _finerGranted += other._finerGranted;
        }

        public readonly PortfolioTotal ToTotal(string key) => new(key, _count,
            Amount.Of(_budget) + _finerBudget, Amount.Of(_requested) + _finerRequested, Amount.Of(_granted) + _finerGranted);
    }
}
