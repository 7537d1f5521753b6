using System.Globalization;
using Collaboration.Versions;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    private const string StandingItemTitle = "Oppfølgingssaker fra tidligere møter";

    public Task<IReadOnlyList<Meeting>> ListMeetingsAsync()
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<Meeting>>(
            [.. state.State.Meetings.OrderBy(m => m.Details.Date).ThenBy(m => m.Id, StringComparer.Ordinal).Select(ToMeeting)]);
    }

    public Task<Meeting> GetMeetingAsync(string meetingId) => Task.FromResult(ToMeeting(FindMeeting(meetingId)));

    public Task<Meeting> CreateMeetingAsync(MeetingDetails details)
    {
        EnsureExists();
        var id = details.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var n = 2; state.State.Meetings.Any(m => m.Id == id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{details.Date:yyyy-MM-dd}-{n}");
        }

        return AddMeetingAsync(id, details);
    }

    public async Task<Meeting> PutMeetingAsync(string meetingId, MeetingDetails details)
    {
        EnsureExists();
        details = Checked(details);
        var meeting = state.State.Meetings.Find(m => m.Id == meetingId);
        Precondition.Check(meeting is null ? 0 : MeetingVersion(meeting), $"Meeting {meetingId} of '{Id}'");
        if (meeting is null)
        {
            return await AddMeetingAsync(meetingId, details);
        }

        if (meeting.Details.Date.Year != details.Date.Year && meeting.Items.Any(i => i.Number is not null))
        {
            throw CollaborationException.Conflict("The meeting's cases are numbered in its year; its date cannot move to another year.", "date");
        }

        meeting.Details = details;
        meeting.Version = Next;
        await CommitAndReportAsync();
        return ToMeeting(meeting);
    }

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

    private async Task<Meeting> AddMeetingAsync(string id, MeetingDetails details)
    {
        details = Checked(details);
        var meeting = new MeetingRecord { Id = id, Details = details, Version = Next };
        var carried = state.State.FollowUps.Where(f => f.Status != FollowUpStatus.Done).Select(f => f.Id).ToList();
        if (carried.Count > 0)
        {
            meeting.Items.Add(new AgendaItemRecord
            {
                Standing = true,
                Content = new AgendaItemDraft(StandingItemTitle, null, null, [], [], [], [], null),
                FollowUpIds = carried,
                Version = Next,
            });
        }

        state.State.Meetings.Add(meeting);
        await this.CommitAsync(state);
        return ToMeeting(meeting);
    }

    /// <summary>Checks the times and gives a meeting without a status one by its date.</summary>
    private MeetingDetails Checked(MeetingDetails details)
    {
        if (details.Starts is { } starts && details.Ends is { } ends && ends < starts && details.LastDay is null)
        {
            throw CollaborationException.Invalid("ends", "A meeting cannot end before it starts.");
        }

        if (details.LastDay is { } last && last < details.Date)
        {
            throw CollaborationException.Invalid("lastDay", "A meeting cannot end before its first day.");
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return details.Status is null ? details with { Status = details.Date > today ? MeetingStatus.Planned : MeetingStatus.Held } : details;
    }

    private MeetingRecord FindMeeting(string meetingId)
    {
        EnsureExists();
        return state.State.Meetings.Find(m => m.Id == meetingId)
            ?? throw CollaborationException.NotFound($"Forum '{Id}' has no meeting '{meetingId}'.");
    }

    private (MeetingRecord? Meeting, AgendaItemRecord Item)? FindCase(CaseNumber number)
    {
        foreach (var c in AllCases())
        {
            if (c.Item.Number == number)
            {
                return c;
            }
        }

        return null;
    }

    // Every numbered case: those on meetings, then those not yet on one.
    private IEnumerable<(MeetingRecord? Meeting, AgendaItemRecord Item)> AllCases() =>
        state.State.Meetings.SelectMany(m => m.Items.Where(i => i.Number is not null).Select(i => ((MeetingRecord?)m, i)))
            .Concat(state.State.Unscheduled.Select(i => ((MeetingRecord?)null, i)));

    private (MeetingRecord? Meeting, AgendaItemRecord Item) RequireCase(int year, int sequence)
    {
        var number = new CaseNumber(Profile.CasePrefix, sequence, year);
        return FindCase(number) ?? throw CollaborationException.NotFound($"Forum '{Id}' has no case {number}.");
    }

    private Meeting ToMeeting(MeetingRecord meeting) =>
        new(meeting.Id, meeting.Details, [.. meeting.Items.Select(i => ToAgendaItem(meeting.Id, i))]) { Version = MeetingVersion(meeting) };

    // A meeting's answer shows its agenda and their follow-ups, so a change to any of them is a
    // change of the meeting; the same for a case and its follow-ups.
    private int MeetingVersion(MeetingRecord meeting) =>
        meeting.Items.Select(CaseVersion).Append(meeting.Version).Max();

    private int CaseVersion(AgendaItemRecord item) =>
        FollowUpsOf(item).Select(f => f.Version).Append(item.Version).Max();

    private IEnumerable<FollowUpRecord> FollowUpsOf(AgendaItemRecord item) =>
        item.FollowUpIds.Select(id => state.State.FollowUps.Find(f => f.Id == id)).OfType<FollowUpRecord>();

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
