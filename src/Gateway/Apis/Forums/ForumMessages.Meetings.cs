using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Meeting = Collaboration.Forums.Meeting;

namespace Collaboration.Gateway.Apis.Forums;

public static partial class ForumMessages
{
    public static MeetingDetails ToDetails(this CreateMeetingRequest r) =>
        ToDetails(r.Date, r.HasPlace ? r.Place : null, r.HasStarts ? r.Starts : null, r.HasEnds ? r.Ends : null, r.Attendees, r.Absent)
            .With(r.HasTitle ? r.Title : null, r.HasLastDay ? r.LastDay : null, r.HasStatus ? r.Status : null);

    public static MeetingDetails ToDetails(this PutMeetingRequest r) =>
        ToDetails(r.Date, r.HasPlace ? r.Place : null, r.HasStarts ? r.Starts : null, r.HasEnds ? r.Ends : null, r.Attendees, r.Absent)
            .With(r.HasTitle ? r.Title : null, r.HasLastDay ? r.LastDay : null, r.HasStatus ? r.Status : null);

    public static MeetingDetails ToDetails(this Api.V1.Meeting m) =>
        ToDetails(m.Date, m.HasPlace ? m.Place : null, m.HasStarts ? m.Starts : null, m.HasEnds ? m.Ends : null, m.Attendees, m.Absent)
            .With(m.HasTitle ? m.Title : null, m.HasLastDay ? m.LastDay : null, m.HasStatus ? m.Status : null);

    private static MeetingDetails With(this MeetingDetails details, string? title, string? lastDay, string? status) => details with
    {
        Title = Field.Text(title, "title", 200),
        LastDay = Field.OptionalDate(lastDay, "lastDay"),
        Status = string.IsNullOrEmpty(status) ? null : Field.Enum<MeetingStatus>(status, "status"),
    };

    private static MeetingDetails ToDetails(string date, string? place, string? starts, string? ends,
        IEnumerable<string> attendees, IEnumerable<string> absent) => new(
        Field.Date(date, "date"),
        Field.Text(place, "place", 200),
        Field.OptionalTime(starts, "starts"),
        Field.OptionalTime(ends, "ends"),
        Field.Texts(attendees, "attendees", 200),
        Field.Texts(absent, "absent", 200));

    public static Api.V1.Meeting ToMessage(this Meeting meeting)
    {
        var details = meeting.Details;
        var message = new Api.V1.Meeting { Id = meeting.Id, Date = Wire.Date(details.Date), Version = meeting.Version };
        if (details.Place is { } place) message.Place = place;
        if (details.Starts is { } starts) message.Starts = Wire.Time(starts);
        if (details.Ends is { } ends) message.Ends = Wire.Time(ends);
        if (details.Title is { } title) message.Title = title;
        if (details.LastDay is { } lastDay) message.LastDay = Wire.Date(lastDay);
        if (details.Status is { } status) message.Status = Field.Lower(status);
        message.Attendees.AddRange(details.Attendees);
        message.Absent.AddRange(details.Absent);
        message.AgendaItems.AddRange(meeting.AgendaItems.Select(ToMessage));
        return message;
    }
}
