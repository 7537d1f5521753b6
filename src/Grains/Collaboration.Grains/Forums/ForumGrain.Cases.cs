using Collaboration.Versions;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    public async Task<AgendaItem> AddAgendaItemAsync(string meetingId, AgendaItemDraft draft)
    {
        var meeting = FindMeeting(meetingId);
        var year = meeting.Details.Date.Year;
        var next = state.State.NextSequence.GetValueOrDefault(year, 1);
        var number = draft.ImportedNumber ?? new CaseNumber(Profile.CasePrefix, next, year);
        if (draft.ImportedNumber is { } imported)
        {
            if (imported.Prefix != Profile.CasePrefix || imported.Year != year)
            {
                throw CollaborationException.Invalid("caseNumber",
                    $"An imported case number must have prefix {Profile.CasePrefix} and the meeting's year {year}.");
            }

            if (FindCase(imported) is not null)
            {
                throw CollaborationException.Conflict($"Case {imported} already exists.", "caseNumber");
            }
        }

        var links = await LinkAsync(draft.References, [], number, meeting.Details.Date);
        var followUps = new List<FollowUpDraft>();
        for (var i = 0; i < draft.FollowUps.Count; i++)
        {
            followUps.Add(await WithOwnerAsync(draft.FollowUps[i], $"followUps[{i}].owner"));
        }

        var item = new AgendaItemRecord { Number = number, Content = draft with { FollowUps = [], ImportedNumber = null }, Version = Next };
        Relink(item, links);
        foreach (var followUp in followUps)
        {
            item.FollowUpIds.Add(NewFollowUp(number, followUp).Id);
        }

        meeting.Items.Add(item);
        state.State.NextSequence[year] = Math.Max(next, number.Sequence + 1);
        await CommitAndReportAsync();
        await ScheduleDeadlineCheckAsync();
        return ToAgendaItem(meeting.Id, item);
    }

    public Task<IReadOnlyList<AgendaItem>> ListCasesAsync(int? year)
    {
        EnsureExists();
        var cases =
            from c in AllCases()
            let number = c.Item.Number
            where year is null || number.Year == year
            orderby number.Year, number.Sequence
            select ToAgendaItem(c.Meeting?.Id, c.Item);
        return Task.FromResult<IReadOnlyList<AgendaItem>>([.. cases]);
    }

    public Task<AgendaItem> GetCaseAsync(int year, int sequence)
    {
        var (meeting, item) = RequireCase(year, sequence);
        return Task.FromResult(ToAgendaItem(meeting?.Id, item));
    }

    public async Task<AgendaItem> UpdateCaseAsync(int year, int sequence, AgendaItemDraft draft)
    {
        var (meeting, item) = RequireCase(year, sequence);
        Precondition.Check(CaseVersion(item), $"Case {item.Number}");
        var links = await LinkAsync(draft.References, MadeBySystem(item), item.Number!, CaseDate(meeting, item));
        item.Content = draft with { FollowUps = [], ImportedNumber = null };
        Relink(item, links);
        item.Version = Next;
        await CommitAndReportAsync();
        return ToAgendaItem(meeting?.Id, item);
    }

    // A stored case on a meeting is found through the meeting it is on, not by going through the
    // forum's years of cases; one on no meeting among those.
    private (MeetingRecord? Meeting, AgendaItemRecord Item)? FindCase(CaseNumber number)
    {
        if (_pages.MeetingOf(number) is { } place && Meetings[place].Items.Find(i => i.Number == number) is { } item)
        {
            return (Meetings[place], item);
        }

        return state.State.Unscheduled.Find(i => i.Number == number) is { } waiting ? (null, waiting) : null;
    }

    // Every numbered case: those on meetings, then those not yet on one.
    private IEnumerable<(MeetingRecord? Meeting, AgendaItemRecord Item)> AllCases() =>
        Meetings.SelectMany(m => m.Items.Where(i => i.Number is not null).Select(i => ((MeetingRecord?)m, i)))
            .Concat(state.State.Unscheduled.Select(i => ((MeetingRecord?)null, i)));

    private (MeetingRecord? Meeting, AgendaItemRecord Item) RequireCase(int year, int sequence)
    {
        var number = new CaseNumber(Profile.CasePrefix, sequence, year);
        return FindCase(number) ?? throw CollaborationException.NotFound($"Forum '{Id}' has no case {number}.");
    }

    private int CaseVersion(AgendaItemRecord item) =>
        FollowUpsOf(item).Select(f => f.Version).Append(item.Version).Max();

    private AgendaItem ToAgendaItem(string? meetingId, AgendaItemRecord item)
    {
        var content = item.Content;
        return new AgendaItem(item.Number, meetingId, content.Title, content.Presenter, content.Notes,
            content.Decision, [.. LinksOf(item)], content.Projects, [.. FollowUpsOf(item).Select(f => f.ToFollowUp())], item.Standing)
        {
            Version = CaseVersion(item),
            ReferredBy = [.. item.ReferredBy],
        };
    }
}
