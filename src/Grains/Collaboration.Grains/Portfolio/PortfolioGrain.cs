using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Collaboration.Portfolio;

/// <summary>
/// The portfolio overview, held in memory and kept current by the sources' reports. Its only
/// stored state is the set of sources (in <see cref="PortfolioSources"/>), written once per new
/// source; on activation it asks each source again, so nothing the sources have stored can be
/// missing from it after a restart, and no change costs the overview a write of its own.
/// Kept active: a rebuild asks every source once, which is worth doing once per silo start.
/// </summary>
[CollectionAgeLimit(AlwaysActive = true)]
public sealed partial class PortfolioGrain(TimeProvider clock, ILogger<PortfolioGrain> logger) : Grain, IPortfolioGrain
{
    private const int RebuildBatch = 200;

    private readonly PortfolioIndex _index = new();
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _reportedAt = new(StringComparer.Ordinal);
    private long _tick;
    private bool _complete;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _known.UnionWith(await PortfolioSources.ListAsync(GrainFactory));

        // The sources are asked beside this grain's requests, not during activation: a source
        // that is waiting for its own report to be taken here answers only once it has been.
        _ = RebuildAsync([.. _known]);
    }

    public async Task ReportAsync(PortfolioReport report)
    {
        var empty = report.Item is null && report.Supplement is null && report.Deadlines.Count == 0 && report.Decisions.Count == 0;
        var known = _known.Contains(report.Source);
        if (!known && empty)
        {
            return;
        }

        // Applied before the await, so a report taken meanwhile (this call interleaves) is never
        // overwritten by an older one; a source whose recording fails reports again on its retry.
        _reportedAt[report.Source] = ++_tick;
        _index.Apply(report);
        if (!known)
        {
            await PortfolioSources.AddAsync(GrainFactory, report.Source);
            _known.Add(report.Source);
        }
    }

    public Task<PortfolioView> QueryAsync(PortfolioQuery query) =>
        Task.FromResult(PortfolioSearch.View(_index, query, clock.GetUtcNow(), _complete));

    public Task<IReadOnlyList<PortfolioRow>> ExportAsync(PortfolioFilter filter, PortfolioSort sort, bool descending)
    {
        var now = clock.GetUtcNow();
        return Task.FromResult<IReadOnlyList<PortfolioRow>>(
            [.. _index.Matching(filter).Sorted(sort, descending, now).Select(e => e.ToRow(now, filter.Municipalities))]);
    }

    public Task<PortfolioMatrix> ParticipationAsync(PortfolioFilter filter) =>
        Task.FromResult(PortfolioSearch.Matrix(_index, filter, clock.GetUtcNow()));

    public Task<IReadOnlyList<PortfolioDeadline>> DeadlinesAsync(DateTimeOffset from, DateTimeOffset until, string? municipalityId) =>
        Task.FromResult<IReadOnlyList<PortfolioDeadline>>(
            [.. _index.Deadlines
                .Where(d => d.Due >= from && d.Due <= until)
                .Where(d => municipalityId is null || Concerns(d, municipalityId))
                .OrderBy(d => d.Due)
                .ThenBy(d => d.Title, StringComparer.Ordinal)]);

    public Task<PortfolioDetails> GetAsync(string key)
    {
        var entry = _index.Find(key) ?? throw CollaborationException.NotFound($"The portfolio has no entry '{key}'.");
        return Task.FromResult(new PortfolioDetails(entry.ToRow(clock.GetUtcNow(), []), entry.Decisions, entry.Deadlines));
    }

    /// <summary>
    /// An invitation to the municipality, a follow-up of a forum it belongs to on the day it falls
    /// due, or a deadline of an entry it leads or takes part in.
    /// </summary>
    private bool Concerns(PortfolioDeadline deadline, string municipalityId) =>
        deadline.MunicipalityId == municipalityId
        || deadline.Concerns.Contains(municipalityId)
        || (deadline.MunicipalityId is null && deadline.ItemKey is { } key
            && _index.Find(key)?.Participants.Any(p => p.MunicipalityId == municipalityId && p.TakesPart) == true);

    private async Task RebuildAsync(IReadOnlyList<string> sources)
    {
        var started = clock.GetTimestamp();
        foreach (var batch in sources.Chunk(RebuildBatch))
        {
            var askedAt = _tick;
            var answers = await Task.WhenAll(batch.Select(DescribeAsync));
            foreach (var report in answers.OfType<PortfolioReport>())
            {
                // A report that came in after the question is at least as new as the answer.
                if (_reportedAt.GetValueOrDefault(report.Source) <= askedAt)
                {
                    _index.Apply(report);
                }
            }
        }

        _complete = true;
        var elapsed = clock.GetElapsedTime(started);
        LogRebuilt(logger, sources.Count, elapsed.TotalMilliseconds);
    }

    private async Task<PortfolioReport?> DescribeAsync(string source)
    {
        try
        {
            var report = await GrainFactory.GetGrain<IPortfolioSource>(GrainId.Parse(source, CultureInfo.InvariantCulture)).DescribeAsync();
            return report with { Source = source };
        }
        catch (Exception e)
        {
            // A switched-off plugin's grains cannot be activated: its entries are left out.
            LogSourceFailed(logger, source, e.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portfolio rebuilt from {Sources} sources in {Milliseconds:0} ms.")]
    private static partial void LogRebuilt(ILogger logger, int sources, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portfolio source {Source} did not answer: {Reason}")]
    private static partial void LogSourceFailed(ILogger logger, string source, string reason);
}
