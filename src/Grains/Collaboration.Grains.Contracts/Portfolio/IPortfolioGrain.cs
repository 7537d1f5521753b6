namespace Collaboration.Portfolio;

/// <summary>
/// The portfolio overview (one grain, key "all"): every project, joint project and funding
/// application with its status, themes, participants, amounts, deadlines and decisions, kept
/// current by the objects themselves, which report after each change. It holds the overview in
/// memory and stores only which objects report to it, so it rebuilds itself from them when it
/// is activated again; a query never scans the objects.
/// </summary>
public interface IPortfolioGrain : IGrainWithStringKey
{
    /// <summary>The one key.</summary>
    const string Key = "all";

    /// <summary>
    /// Replaces what one source says (called by the source after each change it has stored).
    /// A source reporting for the first time is recorded, so a rebuild asks it again. Interleaved:
    /// while one new source is being recorded, the reports of others are taken, so creating many
    /// objects at once is not one write after another through this grain.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task ReportAsync(PortfolioReport report);

    /// <summary>
    /// The entries matching a filter, sorted and paged, with totals over all that match.
    /// Interleaved, as every read here: reads answer from memory without awaiting, so none waits
    /// behind a report that is recording a new source.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<PortfolioView> QueryAsync(PortfolioQuery query);

    /// <summary>Every entry matching a filter, sorted, without paging (for exports).</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<PortfolioRow>> ExportAsync(PortfolioFilter filter, PortfolioSort sort, bool descending);

    /// <summary>Which municipality takes part in which entry, for the entries matching a filter.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<PortfolioMatrix> ParticipationAsync(PortfolioFilter filter);

    /// <summary>
    /// Deadlines (calls closing, follow-ups due, invitations unanswered) due from
    /// <paramref name="from"/> to <paramref name="until"/>, soonest first; optionally only those
    /// of one municipality (its invitations, and what concerns entries it takes part in).
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<PortfolioDeadline>> DeadlinesAsync(DateTimeOffset from, DateTimeOffset until, string? municipalityId);

    /// <summary>One entry with its decisions and deadlines; NotFound when no source reports it.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<PortfolioDetails> GetAsync(string key);
}
