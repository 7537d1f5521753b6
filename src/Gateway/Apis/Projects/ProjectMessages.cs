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
    public static ProjectProfile ToProfile(this PutProjectRequest r) => new(
        Field.Required(r.Title, "title"),
        Field.Text(r.Description, "description", 20_000),
        [.. r.Themes.Select((t, i) => Field.Theme(t, $"themes[{i}]")).Distinct()],
        r.HasOwnerForumId ? Field.ForumId(r.OwnerForumId, "ownerForumId") : null,
        Field.OptionalDate(r.Start, "start"),
        Field.OptionalDate(r.End, "end"),
        [.. r.Budget.Select((b, i) => new BudgetLine(
            Field.Year(b.Year, $"budget[{i}].year"),
            Field.Amount(b.Amount, $"budget[{i}].amount")))],
        [.. r.Decisions.Select((d, i) => Field.CaseNumber(d, $"decisions[{i}]"))]);

    public static Api.V1.Project ToMessage(this Project project)
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
        message.Participants.AddRange(project.Participants.Select(ToMessage));
        return message;
    }

    public static Api.V1.Participant ToMessage(this Participant participant) =>
        new() { Kommunenummer = participant.MunicipalityId, Role = participant.Role };
}
