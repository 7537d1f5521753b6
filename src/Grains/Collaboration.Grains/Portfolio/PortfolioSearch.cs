namespace Collaboration.Portfolio;

/// <summary>Filtering, sorting and totals over the merged entries.</summary>
public static class PortfolioSearch
{
    public static IEnumerable<PortfolioEntry> Matching(this IEnumerable<PortfolioEntry> entries, PortfolioFilter filter) =>
        entries.Where(e => Matches(e, filter));

    public static bool Matches(PortfolioEntry entry, PortfolioFilter filter)
    {
        var item = entry.Item;
        return (filter.Regions.Count == 0 ? item.Region is null : filter.Regions.Contains(item.Region ?? PortfolioFilter.OwnRegion))
            && (filter.Kinds.Count == 0 || filter.Kinds.Contains(entry.Kind))
            && (filter.Statuses.Count == 0 || filter.Statuses.Contains(item.Status))
            && (filter.Themes.Count == 0 || item.Themes.Any(filter.Themes.Contains))
            && (filter.Forums.Count == 0 || (item.OwnerForumId is { } owner && filter.Forums.Any(f => owner == f || owner.StartsWith(f + "/", StringComparison.Ordinal))))
            && (filter.Municipalities.Count == 0 || entry.Participants.Any(p => p.Role is not (PortfolioRole.Declined or PortfolioRole.Left) && filter.Municipalities.Contains(p.MunicipalityId)))
            && (filter.Year is not { } year || (item.FromYear is { } from && from <= year && (item.ToYear ?? from) >= year))
            && (filter.Text is not { } text || entry.SearchText.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    public static IEnumerable<PortfolioEntry> Sorted(this IEnumerable<PortfolioEntry> entries, PortfolioSort sort, bool descending, DateTimeOffset now)
    {
        var ordered = sort switch
        {
            PortfolioSort.Title => Order(entries, e => e.TitleKey, descending, Comparer<System.Globalization.SortKey>.Create(System.Globalization.SortKey.Compare)),
            PortfolioSort.Status => Order(entries, e => e.Item.Status, descending, StringComparer.Ordinal),
            PortfolioSort.Year => Order(entries, e => e.Item.FromYear ?? int.MaxValue, descending),
            PortfolioSort.Budget => Order(entries, e => e.Budget, descending),
            PortfolioSort.Requested => Order(entries, e => e.Item.Requested, descending),
            PortfolioSort.Granted => Order(entries, e => e.Item.Granted, descending),
            PortfolioSort.Participants => Order(entries, e => e.TakingPart, descending),
            _ => Order(entries, e => e.NextDeadline(now)?.Due ?? DateTimeOffset.MaxValue, descending),
        };
        return ordered.ThenBy(e => e.Key, StringComparer.Ordinal);
    }

    public static PortfolioView View(IEnumerable<PortfolioEntry> entries, PortfolioQuery query, DateTimeOffset now, bool complete)
    {
        var matching = entries.Matching(query.Filter).ToList();
        IReadOnlyList<string> municipalities = [.. query.Filter.Municipalities.Distinct(StringComparer.Ordinal)];
        var rows = matching.Sorted(query.Sort, query.Descending, now).Skip(query.Offset).Take(query.Limit).Select(e => e.ToRow(now, municipalities));
        var shares = municipalities.ToDictionary(m => m, PortfolioShare.None, StringComparer.Ordinal);
        var byTheme = new Dictionary<string, PortfolioTotal>(StringComparer.Ordinal);
        var byStatus = new Dictionary<string, PortfolioTotal>(StringComparer.Ordinal);
        var byMunicipality = new Dictionary<string, PortfolioTotal>(StringComparer.Ordinal);
        var total = new PortfolioTotal("", 0, 0, 0, 0);
        foreach (var entry in matching)
        {
            total = Add(total, entry);
            foreach (var theme in entry.Item.Themes)
            {
                byTheme[theme] = Add(byTheme.GetValueOrDefault(theme) ?? new PortfolioTotal(theme, 0, 0, 0, 0), entry);
            }

            foreach (var share in entry.Shares(municipalities))
            {
                shares[share.MunicipalityId] = shares[share.MunicipalityId].Plus(share);
            }

            byStatus[entry.Item.Status] = Add(byStatus.GetValueOrDefault(entry.Item.Status) ?? new PortfolioTotal(entry.Item.Status, 0, 0, 0, 0), entry);
            foreach (var participant in entry.Participants.Where(p => p.TakesPart))
            {
                var sum = byMunicipality.GetValueOrDefault(participant.MunicipalityId) ?? new PortfolioTotal(participant.MunicipalityId, 0, 0, 0, 0);
                byMunicipality[participant.MunicipalityId] = sum with
                {
                    Count = sum.Count + 1,
                    Requested = sum.Requested + participant.Requested,
                    Granted = sum.Granted + participant.Granted,
                };
            }
        }

        return new PortfolioView(matching.Count, [.. rows], total, Ordered(byTheme), Ordered(byStatus), Ordered(byMunicipality), complete)
        {
            Shares = [.. municipalities.Select(m => shares[m])],
        };
    }

    public static PortfolioMatrix Matrix(IEnumerable<PortfolioEntry> entries, PortfolioFilter filter, DateTimeOffset now)
    {
        var rows = entries.Matching(filter).Sorted(PortfolioSort.Title, false, now)
            .Select(e => new PortfolioMatrixRow(e.Key, e.Item.Title, e.Kind,
                e.Participants.ToDictionary(p => p.MunicipalityId, p => p.Role, StringComparer.Ordinal)))
            .ToList();
        var municipalities = rows.SelectMany(r => r.Roles.Keys).Distinct().Order(StringComparer.Ordinal);
        return new PortfolioMatrix([.. municipalities], rows);
    }

    private static PortfolioTotal Add(PortfolioTotal sum, PortfolioEntry entry) => sum with
    {
        Count = sum.Count + 1,
        Budget = sum.Budget + entry.Budget,
        Requested = sum.Requested + entry.Item.Requested,
        Granted = sum.Granted + entry.Item.Granted,
    };

    private static IReadOnlyList<PortfolioTotal> Ordered(Dictionary<string, PortfolioTotal> totals) =>
        [.. totals.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)];

    private static IOrderedEnumerable<PortfolioEntry> Order<TKey>(IEnumerable<PortfolioEntry> entries, Func<PortfolioEntry, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? entries.OrderByDescending(key, comparer) : entries.OrderBy(key, comparer);
}
