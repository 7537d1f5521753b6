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
            [.. Meetings.OrderBy(m => m.Details.Date).ThenBy(m => m.Id, StringComparer.Ordinal).Select(ToMeeting)]);
    }

    public Task<Meeting> GetMeetingAsync(string meetingId) => Task.FromResult(ToMeeting(FindMeeting(meetingId)));

    public Task<Meeting> CreateMeetingAsync(MeetingDetails details)
    {
        EnsureExists();
        var id = details.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var n = 2; Meetings.Any(m => m.Id == id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{details.Date:yyyy-MM-dd}-{n}");
        }

        return AddMeetingAsync(id, details);
    }

    public async Task<Meeting> PutMeetingAsync(string meetingId, MeetingDetails details)
    {
        EnsureExists();
        details = Checked(details);
        var meeting = Meetings.Find(m => m.Id == meetingId);
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

    private async Task<Meeting> AddMeetingAsync(string id, MeetingDetails details)
    {
        details = Checked(details);
        var meeting = new MeetingRecord { Id = id, Details = details, Version = Next };
        var carried = FollowUps.Where(f => f.Status != FollowUpStatus.Done).Select(f => f.Id).ToList();
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

        Meetings.Add(meeting);
        await StoreAsync();
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
        return Meetings.Find(m => m.Id == meetingId)
            ?? throw CollaborationException.NotFound($"Forum '{Id}' has no meeting '{meetingId}'.");
    }

    private Meeting ToMeeting(MeetingRecord meeting) =>
        new(meeting.Id, meeting.Details, [.. meeting.Items.Select(i => ToAgendaItem(meeting.Id, i))]) { Version = MeetingVersion(meeting) };

    // A meeting's answer shows its agenda and their follow-ups, so a change to any of them is a
    // change of the meeting; the same for a case and its follow-ups.
    private int MeetingVersion(MeetingRecord meeting) =>
        meeting.Items.Select(CaseVersion).Append(meeting.Version).Max();

    private IEnumerable<FollowUpRecord> FollowUpsOf(AgendaItemRecord item) =>
        item.FollowUpIds.Select(id => FollowUps.Find(f => f.Id == id)).OfType<FollowUpRecord>();

}
