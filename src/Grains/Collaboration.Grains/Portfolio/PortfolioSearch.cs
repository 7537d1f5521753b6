namespace Collaboration.Portfolio;

/// <summary>Filtering, sorting and totals over the merged entries.</summary>
public static class PortfolioSearch
{
    /// <summary>Whether <paramref name="entry"/> matches every part of <paramref name="filter"/>.</summary>
    public static bool Matches(PortfolioEntry entry, PortfolioFilter filter)
    {
        var item = entry.Item;
        return (filter.Regions.Count == 0 ? item.Region is null : filter.Regions.Contains(item.Region ?? PortfolioFilter.OwnRegion))
            && (filter.Kinds.Count == 0 || filter.Kinds.Contains(entry.Kind))
            && (filter.Statuses.Count == 0 || filter.Statuses.Contains(item.Status))
            && (filter.Themes.Count == 0 || item.Themes.Any(filter.Themes.Contains))
            && (filter.Forums.Count == 0 || (item.OwnerForumId is { } owner && filter.Forums.Any(f => owner == f || owner.StartsWith(f + "/", StringComparison.Ordinal))))
            && (filter.Municipalities.Count == 0 || entry.Participants.Any(p => p.Role is not (PortfolioRole.Declined or PortfolioRole.Left) && filter.Municipalities.Contains(p.MunicipalityId)))
            && MatchesRest(entry, filter);
    }

    /// <summary>The parts of <paramref name="filter"/> that <see cref="PortfolioPostings"/> does not look up: the year and the words.</summary>
    public static bool MatchesRest(PortfolioEntry entry, PortfolioFilter filter)
    {
        var item = entry.Item;
        return (filter.Year is not { } year || (item.FromYear is { } from && from <= year && (item.ToYear ?? from) >= year))
            && (filter.Text is not { } text || entry.SearchText.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    public static IReadOnlyList<PortfolioEntry> Sorted(this IEnumerable<PortfolioEntry> entries, PortfolioSort sort, bool descending, DateTimeOffset now) =>
        new PortfolioOrder(sort, descending, now).Sort(entries);

    public static PortfolioView View(PortfolioIndex index, PortfolioQuery query, DateTimeOffset now, bool complete)
    {
        var matching = index.Match(query.Filter);
        var count = matching.Count;
        IReadOnlyList<string> municipalities = [.. query.Filter.Municipalities.Distinct(StringComparer.Ordinal)];
        var page = new PortfolioOrder(query.Sort, query.Descending, now)
            .First(index.EntriesIn(matching), count, (int)Math.Min(int.MaxValue, (long)query.Offset + query.Limit));
        var totals = index.Totals(query.Filter, matching);

        var shares = municipalities.ToDictionary(m => m, PortfolioShare.None, StringComparer.Ordinal);
        if (municipalities.Count > 0)
        {
            foreach (var share in index.EntriesIn(matching).SelectMany(e => e.Shares(municipalities)))
            {
                shares[share.MunicipalityId] = shares[share.MunicipalityId].Plus(share);
            }
        }

        return new PortfolioView(count, [.. page.Skip(query.Offset).Select(e => e.ToRow(now, municipalities))],
            totals.Total, totals.ByTheme, totals.ByStatus, totals.ByMunicipality, complete)
        {
            Shares = [.. municipalities.Select(m => shares[m])],
        };
    }

    public static PortfolioMatrix Matrix(PortfolioIndex index, PortfolioFilter filter, DateTimeOffset now)
    {
        var rows = index.Matching(filter).Sorted(PortfolioSort.Title, false, now)
            .Select(e => new PortfolioMatrixRow(e.Key, e.Item.Title, e.Kind,
                e.Participants.ToDictionary(p => p.MunicipalityId, p => p.Role, StringComparer.Ordinal)))
            .ToList();
        var municipalities = rows.SelectMany(r => r.Roles.Keys).Distinct().Order(StringComparer.Ordinal);
        return new PortfolioMatrix([.. municipalities], rows);
    }
}
