namespace Collaboration.Portfolio;

/// <summary>
/// For each value a filter can name (region, kind, status, theme, owning forum, municipality in
/// the entry), the set of entries that have it, kept as entries come, change and go. A query
/// combines the sets of its values instead of reading every entry; the year and the words of the
/// title are checked on what remains (<see cref="PortfolioSearch.MatchesRest"/>).
/// </summary>
public sealed class PortfolioPostings
{
    private readonly Dictionary<string, EntrySet> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntrySet> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntrySet> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntrySet> _themes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntrySet> _forums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntrySet> _municipalities = new(StringComparer.Ordinal);

    public void Add(int slot, PortfolioEntry entry)
    {
        foreach (var (sets, value) in Values(entry))
        {
            if (!sets.TryGetValue(value, out var set))
            {
                sets[value] = set = new EntrySet();
            }

            set.Add(slot);
        }
    }

    public void Remove(int slot, PortfolioEntry entry)
    {
        foreach (var (sets, value) in Values(entry))
        {
            sets.GetValueOrDefault(value)?.Remove(slot);
        }
    }

    /// <summary>
    /// The slots (below <paramref name="slots"/>) of the entries whose region, kind, status, themes,
    /// forum and municipalities match <paramref name="filter"/>, as a bitmap.
    /// </summary>
    public ulong[] Candidates(PortfolioFilter filter, int slots)
    {
        var words = new ulong[(slots + 63) >> 6];
        foreach (var region in filter.Regions.Count == 0 ? [PortfolioFilter.OwnRegion] : filter.Regions)
        {
            _regions.GetValueOrDefault(region)?.UnionInto(words);
        }

        Restrict(words, _kinds, filter.Kinds);
        Restrict(words, _statuses, filter.Statuses);
        Restrict(words, _themes, filter.Themes);
        Restrict(words, _municipalities, filter.Municipalities);
        if (filter.Forums.Count > 0)
        {
            // A forum stands for itself and every forum under it ("region/klima" under "region").
            Keep(words, _forums, [.. _forums.Keys.Where(owner =>
                filter.Forums.Any(f => owner == f || owner.StartsWith(f + "/", StringComparison.Ordinal)))]);
        }

        return words;
    }

    /// <summary>Keeps in <paramref name="words"/> the entries that have any of <paramref name="values"/>; none named keeps all.</summary>
    private static void Restrict(ulong[] words, Dictionary<string, EntrySet> sets, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            Keep(words, sets, values);
        }
    }

    /// <summary>Keeps in <paramref name="words"/> the entries that have any of <paramref name="values"/>; none keeps none.</summary>
    private static void Keep(ulong[] words, Dictionary<string, EntrySet> sets, IReadOnlyList<string> values)
    {
        if (values is [var only])
        {
            if (sets.TryGetValue(only, out var set))
            {
                set.IntersectInto(words);
            }
            else
            {
                Array.Clear(words);
            }

            return;
        }

        var any = new ulong[words.Length];
        foreach (var value in values)
        {
            sets.GetValueOrDefault(value)?.UnionInto(any);
        }

        for (var i = 0; i < words.Length; i++)
        {
            words[i] &= any[i];
        }
    }

    private IEnumerable<(Dictionary<string, EntrySet> Sets, string Value)> Values(PortfolioEntry entry)
    {
        yield return (_regions, entry.Item.Region ?? PortfolioFilter.OwnRegion);
        yield return (_kinds, entry.Kind);
        yield return (_statuses, entry.Item.Status);
        foreach (var theme in entry.Item.Themes)
        {
            yield return (_themes, theme);
        }

        if (entry.Item.OwnerForumId is { } owner)
        {
            yield return (_forums, owner);
        }

        foreach (var participant in entry.Participants)
        {
            if (participant.Role is not (PortfolioRole.Declined or PortfolioRole.Left))
            {
                yield return (_municipalities, participant.MunicipalityId);
            }
        }
    }
}
