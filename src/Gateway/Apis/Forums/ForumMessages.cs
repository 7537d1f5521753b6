using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Collaboration.Organisations;
using AgendaItem = Collaboration.Forums.AgendaItem;
using FollowUp = Collaboration.Forums.FollowUp;
using Forum = Collaboration.Forums.Forum;
using Member = Collaboration.Forums.Member;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>Maps forums, meetings, cases and follow-ups between the wire and the grain contracts.</summary>
public static partial class ForumMessages
{
    /// <summary>What a PATCH may change of a forum; its id and members are not changed this way.</summary>
    public static readonly IReadOnlySet<string> ForumFields = new HashSet<string> { "name", "kind", "parent_id", "case_prefix", "description" };

    /// <summary>What a PATCH may change of a membership.</summary>
    public static readonly IReadOnlySet<string> MemberFields = new HashSet<string> { "role", "from", "until", "decision" };

    /// <summary>What a PATCH may change of a meeting; its agenda grows by adding items.</summary>
    public static readonly IReadOnlySet<string> MeetingFields = new HashSet<string> { "date", "place", "starts", "ends", "attendees", "absent", "title", "last_day", "status" };

    /// <summary>What a PATCH may change of a case; its number and meeting are the forum's.</summary>
    public static readonly IReadOnlySet<string> CaseFields = new HashSet<string> { "title", "presenter", "notes", "decision", "references", "links", "projects" };

    /// <summary>What a PATCH may change of a follow-up; overdue follows from the deadline.</summary>
    public static readonly IReadOnlySet<string> FollowUpFields = new HashSet<string> { "what", "assignee", "deadline", "status", "owner" };

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

    public static Member ToMember(this AddMemberRequest r)
    {
        if (string.IsNullOrEmpty(r.Kommunenummer) == string.IsNullOrEmpty(r.OrganisationNumber))
        {
            throw CollaborationException.Invalid("kommunenummer", "Give the member's kommunenummer or its organisationNumber, one of them.");
        }

        var body = string.IsNullOrEmpty(r.Kommunenummer) ? Field.OrganisationNumber(r.OrganisationNumber) : Field.Kommunenummer(r.Kommunenummer);
        return ToMember(body, r.Role, r.From, r.HasUntil ? r.Until : null, r.HasDecision ? r.Decision : null);
    }

    public static Member ToMember(string bodyId, string? role, string from, string? until, string? decision) => new(
        bodyId,
        string.IsNullOrEmpty(role) ? MembershipRole.Member : Field.Enum<MembershipRole>(role, "role"),
        Field.Date(from, "from"),
        Field.OptionalDate(until, "until"))
    {
        Decision = Field.Text(decision, "decision", 1000),
    };

    private static AgendaItemDraft Draft(string title, string? presenter, string? notes,
        IEnumerable<string> decision, IReadOnlyList<CaseReference> references, IEnumerable<string> projects) => new(
        Field.Required(title, "title"),
        Field.Text(presenter, "presenter", 200),
        Field.Text(notes, "notes", 20_000),
        Field.Texts(decision, "decision"),
        references,
        [.. projects.Select((p, i) => Field.Slug(p, $"projects[{i}]"))],
        [],
        null);

    public static AgendaItemDraft ToDraft(this AddAgendaItemRequest r) =>
        Draft(r.Title, r.Presenter, r.Notes, r.Decision, CaseLinkMessages.References(r.References, r.Links), r.Projects) with
        {
            FollowUps = [.. r.FollowUps.Select((f, i) => ToDraft(f.What, f.Assignee, f.Deadline, f.HasOwner ? f.Owner : null, $"followUps[{i}]."))],
            ImportedNumber = r.HasCaseNumber ? Field.CaseNumber(r.CaseNumber, "caseNumber") : null,
        };

    public static AgendaItemDraft ToDraft(this UpdateCaseRequest r) =>
        Draft(r.Title, r.Presenter, r.Notes, r.Decision, CaseLinkMessages.References(r.References, r.Links), r.Projects);

    /// <summary>A patched case; <paramref name="current"/> is the case the patch was applied to, which tells what the patch changed of its references.</summary>
    public static AgendaItemDraft ToDraft(this Api.V1.AgendaItem c, Api.V1.AgendaItem current) =>
        Draft(c.Title, c.HasPresenter ? c.Presenter : null, c.HasNotes ? c.Notes : null, c.Decision, CaseLinkMessages.References(c, current), c.Projects);

    public static FollowUpDraft ToDraft(string what, string? assignee, string deadline, string? owner, string prefix = "") => new(
        Field.Required(what, prefix + "what", 1000),
        Field.Text(assignee, prefix + "assignee", 200),
        Field.Deadline(deadline, prefix + "deadline"))
    {
        Owner = CaseLinkMessages.Owner(owner, prefix + "owner"),
    };

    public static Api.V1.Forum ToMessage(this Forum forum, IReadOnlyDictionary<string, string> names)
    {
        var profile = forum.Profile;
        var message = new Api.V1.Forum { Id = forum.Id, Name = profile.Name, Kind = Field.Lower(profile.Kind), CasePrefix = profile.CasePrefix };
        if (profile.ParentId is { } parent) message.ParentId = parent;
        if (profile.Description is { } description) message.Description = description;
        message.Members.AddRange(forum.Members.Select(m => m.ToMessage(names)));
        message.Version = forum.Version;
        return message;
    }

    public static Api.V1.Member ToMessage(this Member member, IReadOnlyDictionary<string, string> names)
    {
        var message = new Api.V1.Member
        {
            Role = Field.Lower(member.Role),
            From = Wire.Date(member.From),
            Version = member.Version,
            Name = names.GetValueOrDefault(member.MunicipalityId) ?? "",
        };
        if (Bodies.IsKommunenummer(member.MunicipalityId)) message.Kommunenummer = member.MunicipalityId;
        else message.OrganisationNumber = member.MunicipalityId;
        if (member.Until is { } until) message.Until = Wire.Date(until);
        if (member.Decision is { } decision) message.Decision = decision;
        return message;
    }

    public static Api.V1.AgendaItem ToMessage(this AgendaItem item)
    {
        var message = new Api.V1.AgendaItem
        {
            CaseNumber = item.Number?.ToString() ?? "",
            Year = item.Number?.Year ?? 0,
            Sequence = item.Number?.Sequence ?? 0,
            MeetingId = item.MeetingId ?? "",
            Title = item.Title,
            Standing = item.Standing,
            Version = item.Version,
        };
        if (item.Presenter is { } presenter) message.Presenter = presenter;
        if (item.Notes is { } notes) message.Notes = notes;
        message.Decision.AddRange(item.Decision);
        message.References.AddRange(item.References.Select(r => r.Case.ToString()));
        message.Links.AddRange(item.References.Select(r => r.ToMessage()));
        message.ReferredBy.AddRange(item.ReferredBy.Select(r => r.ToMessage()));
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
        message.WriteOwner(followUp.Owner);
        return message;
    }
}
