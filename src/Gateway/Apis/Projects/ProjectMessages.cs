using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Projects;
using BudgetLine = Collaboration.Projects.BudgetLine;
using Participant = Collaboration.Projects.Participant;
using Project = Collaboration.Projects.Project;

namespace Collaboration.Gateway.Apis.Projects;

/// <summary>Maps projects between the wire and the grain contracts.</summary>
public static class ProjectMessages
{
    /// <summary>What a PATCH may change of a project; its status moves by its own action, participants by theirs.</summary>
    public static readonly IReadOnlySet<string> ProjectFields = new HashSet<string>
    {
        "title", "description", "themes", "owner_forum_id", "start", "end", "budget", "decisions",
    };

    /// <summary>What a PATCH may change of a participant.</summary>
    public static readonly IReadOnlySet<string> ParticipantFields = new HashSet<string> { "role" };

    public static ProjectProfile ToProfile(this PutProjectRequest r) =>
        Profile(r.Title, r.Description, r.Themes, r.HasOwnerForumId ? r.OwnerForumId : null, r.Start, r.End, r.Budget, r.Decisions);

    public static ProjectProfile ToProfile(this Api.V1.Project p) =>
        Profile(p.Title, p.Description, p.Themes, p.HasOwnerForumId ? p.OwnerForumId : null, p.Start, p.End, p.Budget, p.Decisions);

    /// <summary>A participant named by a body id: a kommunenummer or an organisation number (the wire keeps the field name kommunenummer).</summary>
    public static Participant ToParticipant(string kommunenummer, string? role) =>
        new(Field.BodyId(kommunenummer, "kommunenummer"), Field.Text(role, "role", 100) ?? "participant");

    private static ProjectProfile Profile(string title, string? description, IEnumerable<string> themes, string? ownerForumId,
        string? start, string? end, IEnumerable<Api.V1.BudgetLine> budget, IEnumerable<string> decisions) => new(
        Field.Required(title, "title"),
        Field.Text(description, "description", 20_000),
        [.. themes.Select((t, i) => Field.Theme(t, $"themes[{i}]")).Distinct()],
        ownerForumId is null ? null : Field.ForumId(ownerForumId, "ownerForumId"),
        Field.OptionalDate(start, "start"),
        Field.OptionalDate(end, "end"),
        [.. budget.Select((b, i) => new BudgetLine(
            Field.Year(b.Year, $"budget[{i}].year"),
            Field.Amount(b.Amount, $"budget[{i}].amount")))],
        [.. decisions.Select((d, i) => Field.CaseNumber(d, $"decisions[{i}]"))]);

    /// <summary>The project with each participant's name from <paramref name="names"/> (see <see cref="Collaboration.Organisations.Bodies"/>).</summary>
    public static Api.V1.Project ToMessage(this Project project, IReadOnlyDictionary<string, string> names)
    {
        var profile = project.Profile;
        var message = new Api.V1.Project { Id = project.Id, Title = profile.Title, Status = Field.Lower(project.Status) };
        if (profile.Description is { } description) message.Description = description;
        if (profile.OwnerForumId is { } owner) message.OwnerForumId = owner;
        if (profile.Start is { } start) message.Start = Wire.Date(start);
        if (profile.End is { } end) message.End = Wire.Date(end);
        message.Themes.AddRange(profile.Themes);
        message.Budget.AddRange(profile.Budget.Select(b => new Api.V1.BudgetLine { Year = b.Year, Amount = Wire.Amount(b.Amount) }));
        message.Decisions.AddRange(profile.Decisions.Select(d => d.ToString()));
        message.Participants.AddRange(project.Participants.Select(p => p.ToMessage(names.GetValueOrDefault(p.MunicipalityId))));
        message.Version = project.Version;
        return message;
    }

    public static Api.V1.Participant ToMessage(this Participant participant, string? name)
    {
        var message = new Api.V1.Participant { Kommunenummer = participant.MunicipalityId, Role = participant.Role, Version = participant.Version };
        if (name is not null) message.Name = name;
        return message;
    }
}
