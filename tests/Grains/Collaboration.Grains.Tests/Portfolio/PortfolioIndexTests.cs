using Collaboration.Portfolio;

namespace Collaboration.Grains.Tests.Portfolio;

/// <summary>
/// The index's sets, kept totals and paging against a plain scan of the same entries, as entries
/// come, change (themes, status, participants, region) and go.
/// </summary>
public sealed class PortfolioIndexTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly PortfolioFilter[] Filters =
    [
        PortfolioFilter.All,
        PortfolioFilter.All with { Themes = ["klima"] },
        PortfolioFilter.All with { Themes = ["klima", "areal"] },
        PortfolioFilter.All with { Themes = ["ukjent"] },
        PortfolioFilter.All with { Statuses = ["active"], Year = 2024 },
        PortfolioFilter.All with { Municipalities = ["5001"] },
        PortfolioFilter.All with { Municipalities = ["5001", "5035", "5001"] },
        PortfolioFilter.All with { Forums = ["region"] },
        PortfolioFilter.All with { Forums = ["region/klima"], Themes = ["areal"] },
        PortfolioFilter.All with { Forums = ["regio"] },
        PortfolioFilter.All with { Kinds = ["application"], Themes = ["næring"] },
        PortfolioFilter.All with { Text = "prosjekt 1" },
        PortfolioFilter.All with { Municipalities = ["5028"], Text = "7" },
        PortfolioFilter.All with { Regions = ["trøndelag"] },
        PortfolioFilter.All with { Regions = [PortfolioFilter.OwnRegion, "trøndelag"], Kinds = ["project"] },
        PortfolioFilter.All with { Regions = [PortfolioFilter.OwnRegion, "trøndelag", "trøndelag"] },
    ];

    [Fact]
    public void Queries_answer_as_a_scan_of_every_entry_does_while_entries_are_added_changed_and_removed()
    {
        var index = new PortfolioIndex();
        for (var i = 0; i < 300; i++)
        {
            index.Apply(Report(i, new Random(i)));
        }

        AssertLikeScan(index);

        // Changes: new themes, statuses, participants and regions for some, and some removed.
        for (var i = 0; i < 300; i += 3)
        {
            index.Apply(Report(i, new Random(10_000 + i)));
        }

        for (var i = 1; i < 300; i += 7)
        {
            index.Apply(PortfolioReport.Empty(Source(i)));
        }

        AssertLikeScan(index);

        // Freed slots taken again by new entries.
        for (var i = 300; i < 340; i++)
        {
            index.Apply(Report(i, new Random(i)));
        }

        Assert.Equal(340 - 43, index.Entries.Count());
        AssertLikeScan(index);
    }

    [Fact]
    public void An_entry_that_leaves_takes_its_totals_with_it()
    {
        var index = new PortfolioIndex();
        index.Apply(Report(1, new Random(1)));
        index.Apply(PortfolioReport.Empty(Source(1)));

        var view = PortfolioSearch.View(index, new PortfolioQuery(PortfolioFilter.All, PortfolioSort.Title, false, 0, 10), Now, true);
        Assert.Equal(0, view.Count);
        Assert.Equal(new PortfolioTotal("", 0, 0, 0, 0), view.Total);
        Assert.Empty(view.ByTheme);
        Assert.Empty(view.ByStatus);
        Assert.Empty(view.ByMunicipality);
    }

    private static void AssertLikeScan(PortfolioIndex index)
    {
        var entries = index.Entries.ToList();
        foreach (var filter in Filters)
        {
            var expected = entries.Where(e => PortfolioSearch.Matches(e, filter)).Select(e => e.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, index.Matching(filter).Select(e => e.Key).Order(StringComparer.Ordinal));
            foreach (var sort in Enum.GetValues<PortfolioSort>())
            {
                foreach (var (offset, limit) in new[] { (0, 3), (5, 10), (0, 1000) })
                {
                    var query = new PortfolioQuery(filter, sort, sort is PortfolioSort.Budget or PortfolioSort.Participants, offset, limit);
                    AssertView(Scan(entries, query), PortfolioSearch.View(index, query, Now, true));
                }
            }
        }
    }

    private static void AssertView(PortfolioView expected, PortfolioView actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Rows.Select(r => r.Key), actual.Rows.Select(r => r.Key));
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.ByTheme, actual.ByTheme);
        Assert.Equal(expected.ByStatus, actual.ByStatus);
        Assert.Equal(expected.ByMunicipality, actual.ByMunicipality);
        Assert.Equal(expected.Shares, actual.Shares);
    }

    /// <summary>The view as a scan of every entry gives it: match each, sort all, sum all.</summary>
    private static PortfolioView Scan(IReadOnlyList<PortfolioEntry> entries, PortfolioQuery query)
    {
        var matching = entries.Where(e => PortfolioSearch.Matches(e, query.Filter)).ToList();
        var municipalities = query.Filter.Municipalities.Distinct().ToList();
        var sorted = Sorted(matching, query.Sort, query.Descending).ThenBy(e => e.Key, StringComparer.Ordinal);
        PortfolioTotal Sum(string key, IEnumerable<PortfolioEntry> of) =>
            new(key, of.Count(), of.Sum(e => e.Budget), of.Sum(e => e.Item.Requested), of.Sum(e => e.Item.Granted));
        IReadOnlyList<PortfolioTotal> Ordered(IEnumerable<PortfolioTotal> totals) =>
            [.. totals.OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.Ordinal)];
        var taking = matching.SelectMany(e => e.Participants.Where(p => p.TakesPart)).GroupBy(p => p.MunicipalityId);
        return new PortfolioView(matching.Count, [.. sorted.Skip(query.Offset).Take(query.Limit).Select(e => e.ToRow(Now, municipalities))],
            Sum("", matching),
            Ordered(matching.SelectMany(e => e.Item.Themes.Select(t => (t, e))).GroupBy(x => x.t).Select(g => Sum(g.Key, g.Select(x => x.e)))),
            Ordered(matching.GroupBy(e => e.Item.Status).Select(g => Sum(g.Key, g))),
            Ordered(taking.Select(g => new PortfolioTotal(g.Key, g.Count(), 0, g.Sum(p => p.Requested), g.Sum(p => p.Granted)))),
            true)
        {
            Shares = [.. municipalities.Select(m => matching.SelectMany(e => e.Shares([m])).Aggregate(PortfolioShare.None(m), (a, s) => a.Plus(s)))],
        };
    }

    private static IOrderedEnumerable<PortfolioEntry> Sorted(IEnumerable<PortfolioEntry> entries, PortfolioSort sort, bool descending)
    {
        IOrderedEnumerable<PortfolioEntry> By<T>(Func<PortfolioEntry, T> key, IComparer<T>? comparer = null) =>
            descending ? entries.OrderByDescending(key, comparer) : entries.OrderBy(key, comparer);
        return sort switch
        {
            PortfolioSort.Title => By(e => e.TitleKey, Comparer<System.Globalization.SortKey>.Create(System.Globalization.SortKey.Compare)),
            PortfolioSort.Status => By(e => e.Item.Status, StringComparer.Ordinal),
            PortfolioSort.Year => By(e => e.Item.FromYear ?? int.MaxValue),
            PortfolioSort.Budget => By(e => e.Budget),
            PortfolioSort.Requested => By(e => e.Item.Requested),
            PortfolioSort.Granted => By(e => e.Item.Granted),
            PortfolioSort.Participants => By(e => e.TakingPart),
            _ => By(e => e.NextDeadline(Now)?.Due ?? DateTimeOffset.MaxValue),
        };
    }

    private static string Source(int i) => $"source/{i}";

    // Now and then an amount finer than the totals' whole units, which they sum as decimal.
    private static decimal Finer(Random random) => random.Next(8) == 0 ? 0.123456789m : 0;

    /// <summary>An entry of its own with values drawn from small sets, so filters find several and sorts meet ties.</summary>
    private static PortfolioReport Report(int i, Random random)
    {
        string[] themes = ["klima", "areal", "næring", "helse"];
        string?[] forums = [null, "region", "region/klima", "regional", "other"];
        string[] statuses = ["idea", "planned", "active", "submitted"];
        PortfolioRole[] roles = [PortfolioRole.Lead, PortfolioRole.Participant, PortfolioRole.Invited, PortfolioRole.Declined, PortfolioRole.Left];
        var application = random.Next(3) == 0;
        var key = application ? $"application/{i}" : $"project/p{i}";
        var year = random.Next(5) == 0 ? (int?)null : 2021 + random.Next(5);
        var participants = Enumerable.Range(0, random.Next(0, 5))
            .Select(_ => $"50{random.Next(1, 40):00}").Distinct()
            .Select(id => new PortfolioParticipant(id, roles[random.Next(roles.Length)], random.Next(4) * 1000, random.Next(3) * 500))
            .ToList();
        var item = new PortfolioItem(key, application ? "application" : "project", $"{(application ? "Søknad" : "Prosjekt")} {i % 37}",
            statuses[random.Next(statuses.Length)], [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => themes[random.Next(themes.Length)])],
            forums[random.Next(forums.Length)], year, year is { } from && random.Next(2) == 0 ? from + random.Next(3) : null,
            participants, random.Next(5) * 10_000m, (random.Next(4) * 1_000.5m) + Finer(random), random.Next(3) * 250m, [])
        {
            Region = random.Next(6) == 0 ? "trøndelag" : null,
        };
        IReadOnlyList<PortfolioDeadline> deadlines = random.Next(3) == 0
            ? [new PortfolioDeadline("callclosing", Now.AddDays(random.Next(-10, 30)), "Frist", key, null, null, null)]
            : [];
        return new PortfolioReport(Source(i), item, null, deadlines, []);
    }
}
