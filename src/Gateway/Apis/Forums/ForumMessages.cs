using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using AgendaItem = Collaboration.Forums.AgendaItem;
using FollowUp = Collaboration.Forums.FollowUp;
using Forum = Collaboration.Forums.Forum;
using Meeting = Collaboration.Forums.Meeting;
using Member = Collaboration.Forums.Member;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>Maps forums, meetings, cases and follow-ups between the wire and the grain contracts.</summary>
public static class ForumMessages
{
    /// <summary>What a PATCH may change of a forum; its id and members are not changed this way.</summary>
    public static readonly IReadOnlySet<string> ForumFields = new HashSet<string> { "name", "kind", "parent_id", "case_prefix", "description" };

    /// <summary>What a PATCH may change of a membership.</summary>
    public static readonly IReadOnlySet<string> MemberFields = new HashSet<string> { "role", "from", "until" };

    /// <summary>What a PATCH may change of a meeting; its agenda grows by adding items.</summary>
    public static readonly IReadOnlySet<string> MeetingFields = new HashSet<string> { "date", "place", "starts", "ends", "attendees", "absent" };

    /// <summary>What a PATCH may change of a case; its number and meeting are the forum's.</summary>
    public static readonly IReadOnlySet<string> CaseFields = new HashSet<string> { "title", "presenter", "notes", "decision", "references", "projects" };

    /// <summary>What a PATCH may change of a follow-up; overdue follows from the deadline.</summary>
    public static readonly IReadOnlySet<string> FollowUpFields = new HashSet<string> { "what", "assignee", "deadline", "status" };

    public static ForumProfile ToProfile(this PutForumRequest r) =>
        Profile(r.Name, r.Kind, r.HasParentId ? r.ParentId : null, r.CasePrefix, r.HasDescription ? r.Description : null);

    public static ForumProfile ToProfile(this Api.V1.Forum f) =>
        Profile(f.Name, f.Kind, f.HasParentId ? f.ParentId : null, f.CasePrefix, f.HasDescription ? f.Description : null);

    private static ForumProfile Profile(string name, string kind, string? parentId, string casePrefix, string? description) => new(
        Field.Required(name, "name", 200),
        Field.Enum<ForumKind>(kind, "kind"),
        parentId is null ? null : Field.ForumId(parentId, "parentId"),
        Field.CasePrefix(casePrefix, "casePrefix"),
        Field.Text(description, "description", 4000));

    /// <summary>Whether a wire status marks a follow-up done ("done") or open ("open"); overdue follows from its deadline.</summary>
    public static bool IsDone(string status) => Field.Enum<FollowUpStatus>(status, "status") switch
    {
        FollowUpStatus.Done => true,
        FollowUpStatus.Open => false,
        _ => throw CollaborationException.Invalid("status", "A follow-up is set to done or open; overdue follows from its deadline."),
    };

    public static Member ToMember(string kommunenummer, string? role, string from, string? until) => new(
        Field.Kommunenummer(kommunenummer),
        string.IsNullOrEmpty(role) ? MembershipRole.Member : Field.Enum<MembershipRole>(role, "role"),
        Field.Date(from, "from"),
        Field.OptionalDate(until, "until"));

    public static MeetingDetails ToDetails(this CreateMeetingRequest r) =>
        ToDetails(r.Date, r.HasPlace ? r.Place : null, r.HasStarts ? r.Starts : null, r.HasEnds ? r.Ends : null, r.Attendees, r.Absent);

    public static MeetingDetails ToDetails(this PutMeetingRequest r) =>
        ToDetails(r.Date, r.HasPlace ? r.Place : null, r.HasStarts ? r.Starts : null, r.HasEnds ? r.Ends : null, r.Attendees, r.Absent);

    public static MeetingDetails ToDetails(this Api.V1.Meeting m) =>
        ToDetails(m.Date, m.HasPlace ? m.Place : null, m.HasStarts ? m.Starts : null, m.HasEnds ? m.Ends : null, m.Attendees, m.Absent);

    private static AgendaItemDraft Draft(string title, string? presenter, string? notes,
        IEnumerable<string> decision, IEnumerable<string> references, IEnumerable<string> projects) => new(
        Field.Required(title, "title"),
        Field.Text(presenter, "presenter", 200),
        Field.Text(notes, "notes", 20_000),
        Field.Texts(decision, "decision"),
        [.. references.Select((c, i) => Field.CaseNumber(c, $"references[{i}]"))],
        [.. projects.Select((p, i) => Field.Slug(p, $"projects[{i}]"))],
        [],
        null);

    private static MeetingDetails ToDetails(string date, string? place, string? starts, string? ends,
        IEnumerable<string> attendees, IEnumerable<string> absent) => new(
        Field.Date(date, "date"),
        Field.Text(place, "place", 200),
        Field.OptionalTime(starts, "starts"),
        Field.OptionalTime(ends, "ends"),
        Field.Texts(attendees, "attendees", 200),
        Field.Texts(absent, "absent", 200));

    public static AgendaItemDraft ToDraft(this AddAgendaItemRequest r) =>
        Draft(r.Title, r.Presenter, r.Notes, r.Decision, r.References, r.Projects) with
        {
            FollowUps = [.. r.FollowUps.Select((f, i) => ToDraft(f.What, f.Assignee, f.Deadline, $"followUps[{i}]."))],
            ImportedNumber = r.HasCaseNumber ? Field.CaseNumber(r.CaseNumber, "caseNumber") : null,
        };

    public static AgendaItemDraft ToDraft(this UpdateCaseRequest r) =>
        Draft(r.Title, r.Presenter, r.Notes, r.Decision, r.References, r.Projects);

    public static AgendaItemDraft ToDraft(this Api.V1.AgendaItem c) =>
        Draft(c.Title, c.HasPresenter ? c.Presenter : null, c.HasNotes ? c.Notes : null, c.Decision, c.References, c.Projects);

    public static FollowUpDraft ToDraft(string what, string? assignee, string deadline, string prefix = "") => new(
        Field.Required(what, prefix + "what", 1000),
        Field.Text(assignee, prefix + "assignee", 200),
        Field.Deadline(deadline, prefix + "deadline"));

    /// <summary>The forum, each member named from <paramref name="names"/> (those registered).</summary>
    public static Api.V1.Forum ToMessage(this Forum forum, IReadOnlyDictionary<string, string> names)
    {
        var profile = forum.Profile;
        var message = new Api.V1.Forum { Id = forum.Id, Name = profile.Name, Kind = Field.Lower(profile.Kind), CasePrefix = profile.CasePrefix };
        if (profile.ParentId is { } parent) message.ParentId = parent;
        if (profile.Description is { } description) message.Description = description;
        message.Members.AddRange(forum.Members.Select(m => m.ToMessage(names.GetValueOrDefault(m.MunicipalityId))));
        message.Version = forum.Version;
        return message;
    }

    /// <summary>A membership, with the member's registered name when it has one.</summary>
    public static Api.V1.Member ToMessage(this Member member, string? name)
    {
        var message = new Api.V1.Member
        {
            Kommunenummer = member.MunicipalityId,
            Role = Field.Lower(member.Role),
            From = Wire.Date(member.From),
            Version = member.Version,
        };
        if (member.Until is { } until) message.Until = Wire.Date(until);
        if (name is not null) message.Name = name;
        return message;
    }

    public static Api.V1.Meeting ToMessage(this Meeting meeting)
    {
        var details = meeting.Details;
        var message = new Api.V1.Meeting { Id = meeting.Id, Date = Wire.Date(details.Date), Version = meeting.Version };
        if (details.Place is { } place) message.Place = place;
        if (details.Starts is { } starts) message.Starts = Wire.Time(starts);
        if (details.Ends is { } ends) message.Ends = Wire.Time(ends);
        message.Attendees.AddRange(details.Attendees);
        message.Absent.AddRange(details.Absent);
        message.AgendaItems.AddRange(meeting.AgendaItems.Select(ToMessage));
        return message;
    }

    public static Api.V1.AgendaItem ToMessage(this AgendaItem item)
    {
        var message = new Api.V1.AgendaItem
        {
            CaseNumber = item.Number?.ToString() ?? "",
            Year = item.Number?.Year ?? 0,
            Sequence = item.Number?.Sequence ?? 0,
            MeetingId = item.MeetingId,
            Title = item.Title,
            Standing = item.Standing,
            Version = item.Version,
        };
        if (item.Presenter is { } presenter) message.Presenter = presenter;
        if (item.Notes is { } notes) message.Notes = notes;
        message.Decision.AddRange(item.Decision);
        message.References.AddRange(item.References.Select(r => r.ToString()));
        message.Projects.AddRange(item.Projects);
        message.FollowUps.AddRange(item.FollowUps.Select(ToMessage));
        return message;
    }

    public static Api.V1.FollowUp ToMessage(this FollowUp followUp)
    {
        var message = new Api.V1.FollowUp
        {
            Id = followUp.Id,
            CaseNumber = followUp.Case.ToString(),
            What = followUp.What,
            Deadline = Wire.Instant(followUp.Deadline),
            Status = Field.Lower(followUp.Status),
            Version = followUp.Version,
        };
        if (followUp.Assignee is { } assignee) message.Assignee = assignee;
        if (followUp.CompletedAt is { } completed) message.CompletedAt = Wire.Instant(completed);
        return message;
    }
}
