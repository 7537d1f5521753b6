using Microsoft.Extensions.Logging;

namespace Collaboration.Forums;

/// <summary>
/// How a forum is stored: its own row with profile, members and case numbering, and a row per
/// meeting (a page). A change is stored with the forum's row, which also carries the pages it
/// touched, so the change and its journal record are one write; a page goes to its own row once
/// later changes leave it alone. So a change writes what it touched, not the forum's years.
/// </summary>
public sealed partial class ForumGrain
{
    private readonly ForumPages _pages = new();

    // The stored version of each page's row, which its next write must find; none for a row never written.
    private readonly Dictionary<int, string?> _pageVersions = [];

    private List<MeetingRecord> Meetings => _pages.Meetings;

    private List<FollowUpRecord> FollowUps => _pages.FollowUps;

    // Stores a change, then what follows it (see GrainCommit.CommitAsync).
    private async Task StoreAsync(Func<Task>? then = null, string systemEvent = "system")
    {
        var change = _pages.Prepare(state.State, Next);
        await this.CommitAsync(state, systemEvent: systemEvent);
        _pages.Stored(change);
        await WriteLeftPagesAsync(change);
        if (then is not null)
        {
            await then();
        }
    }

    private async Task LoadPagesAsync()
    {
        var rows = await Task.WhenAll(Enumerable.Range(0, state.State.MeetingCount).Select(async n =>
            (Number: n, Row: await this.ReadPartAsync<ForumPage>(ForumPage.StateName, ForumPage.Key(Id, n)))));
        foreach (var (number, row) in rows)
        {
            _pageVersions[number] = row.ETag;
        }

        if (_pages.Load(state.State, rows.Where(r => r.Row.RecordExists).ToDictionary(r => r.Number, r => r.Row.State!)))
        {
            await StoreWholeAsync();
        }
    }

    /// <summary>
    /// Stores a forum whose row holds every meeting, as before pages, a meeting a page: the pages
    /// first, then the forum's row without them. Stopped in between, the forum's row still holds
    /// them all and the move is made again. The journal records it as a change of the system.
    /// </summary>
    private async Task StoreWholeAsync()
    {
        var change = _pages.Prepare(state.State, Next, everything: true);
        await WritePagesAsync(change.Pages);
        await this.CommitAsync(state, systemEvent: "meetings stored a row each");
        _pages.Stored(change, pending: false);
    }

    // Pages pending with earlier changes that this one left alone go to their own rows. The change
    // is stored whatever happens here: a page not written stays pending with the forum's row (the
    // activation is dropped, so the rows are read afresh), and the caller is not told of a failure
    // that lost nothing, so a repeated request does not make the change twice.
    private async Task WriteLeftPagesAsync(ForumChange change)
    {
        var left = _pages.Pending.Except(change.Pages).ToList();
        if (left.Count == 0)
        {
            return;
        }

        try
        {
            await WritePagesAsync(left);
            _pages.Pending.ExceptWith(left);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPagesLeft(logger, Id, left.Count, e.Message);
        }
    }

    private Task WritePagesAsync(IReadOnlyList<int> numbers) => Task.WhenAll(numbers.Select(async number =>
    {
        var version = _pageVersions.GetValueOrDefault(number);
        var row = new GrainState<ForumPage>(_pages.Page(number), version) { RecordExists = version is not null };
        await this.StorePartAsync(ForumPage.StateName, ForumPage.Key(Id, number), row);
        _pageVersions[number] = row.ETag;
    }));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forum {Forum}: {Pages} pages stay stored with the forum's row, not yet in their own ({Error}).")]
    private static partial void LogPagesLeft(ILogger logger, string forum, int pages, string error);
}
