using Collaboration.Api;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;
using Collaboration.Funding.Municipalities;

namespace Collaboration.Funding.Api;

/// <summary>Maps the Funding API between the wire and the grain contracts; shape checks happen here.</summary>
internal static class FundingMessages
{
    /// <summary>What a PATCH may change of a call; its status and statistics follow from the applications and the clock.</summary>
    public static readonly IReadOnlySet<string> CallFields = new HashSet<string>
    {
        "funder", "title", "description", "opens", "deadline", "max_per_municipality", "joint_allowed", "themes", "reported_applications",
    };

    /// <summary>What a PATCH may change of an application: its title. Partners answer for themselves; the budget has its own route.</summary>
    public static readonly IReadOnlySet<string> ApplicationFields = new HashSet<string> { "title" };

    /// <summary>A call as a PUT of the same fields, so a patched call is checked as a PUT is.</summary>
    public static PutCallRequest ToPut(this Call c)
    {
        var put = new PutCallRequest
        {
            Id = c.Id,
            Funder = c.Funder,
            Title = c.Title,
            Opens = c.Opens,
            Deadline = c.Deadline,
            MaxPerMunicipality = c.MaxPerMunicipality,
            JointAllowed = c.JointAllowed,
            Themes = { c.Themes },
        };
        if (c.HasDescription) put.Description = c.Description;
        if (c.HasReportedApplications) put.ReportedApplications = c.ReportedApplications;
        return put;
    }

    public static CallDetails ToDetails(this PutCallRequest r) => new(
        Field.Required(r.Funder, "funder", 200),
        Field.Required(r.Title, "title"),
        Field.Text(r.Description, "description", 20_000),
        Field.Start(r.Opens, "opens"),
        Field.Deadline(r.Deadline, "deadline"),
        Field.Amount(r.MaxPerMunicipality, "maxPerMunicipality") is > 0 and var max ? max
            : throw CollaborationException.Invalid("maxPerMunicipality", "maxPerMunicipality must be above zero."),
        r.JointAllowed,
        [.. r.Themes.Select((t, i) => Field.Theme(t, $"themes[{i}]")).Distinct()],
        r.HasReportedApplications ? (r.ReportedApplications >= 0 ? r.ReportedApplications
            : throw CollaborationException.Invalid("reportedApplications", "reportedApplications cannot be negative.")) : null);

    public static Applications.Applicant ToApplicant(Api.V1.Applicant? lead) => lead is null
        ? throw CollaborationException.Invalid("lead", "lead is required: {\"kind\": \"municipality\", \"id\": \"5001\"} or a forum.")
        : Field.Enum<ApplicantKind>(lead.Kind, "lead.kind") switch
        {
            ApplicantKind.Municipality => new(ApplicantKind.Municipality, Field.Kommunenummer(lead.Id, "lead.id")),
            _ => new(ApplicantKind.Forum, Field.ForumId(lead.Id, "lead.id")),
        };

    public static PartnerShare ToShare(string requested, string ownContribution, string role, string prefix = "") => new(
        Field.Amount(requested, prefix + "requested"),
        Field.OptionalAmount(ownContribution, prefix + "ownContribution") ?? 0,
        Field.Required(role, prefix + "role", 200));

    public static IReadOnlyList<Applications.BudgetLine> ToLines(IEnumerable<Api.V1.BudgetLine> lines) =>
        [.. lines.Select((l, i) => new Applications.BudgetLine(
            Field.Required(l.Category, $"lines[{i}].category", 100),
            Field.Year(l.Year, $"lines[{i}].year"),
            Field.Amount(l.Amount, $"lines[{i}].amount")))];

    public static Call ToMessage(this FundingCall call)
    {
        var d = call.Details;
        var message = new Call
        {
            Id = call.Id,
            Funder = d.Funder,
            Title = d.Title,
            Opens = Wire.OsloInstant(d.Opens),
            Deadline = Wire.OsloInstant(d.Deadline),
            MaxPerMunicipality = Wire.Amount(d.MaxPerMunicipality),
            JointAllowed = d.JointAllowed,
            Status = Field.Lower(call.Status),
            Statistics = call.Statistics.ToMessage(),
        };
        if (d.Description is { } description) message.Description = description;
        if (d.ReportedApplications is { } reported) message.ReportedApplications = reported;
        message.Themes.AddRange(d.Themes);
        message.Version = call.Version;
        return message;
    }

    public static Api.V1.CallStatistics ToMessage(this Calls.CallStatistics s) => new()
    {
        Applications = s.Applications,
        Drafts = s.Drafts,
        Submitted = s.Submitted,
        Granted = s.Granted,
        Rejected = s.Rejected,
        Withdrawn = s.Withdrawn,
        RequestedTotal = Wire.Amount(s.RequestedTotal),
        GrantedTotal = Wire.Amount(s.GrantedTotal),
        SuccessPercent = Wire.Percent(s.SuccessPercent),
        Summary = s.Summary,
        Municipalities = s.Municipalities,
    };

    public static CallApplication ToMessage(this ApplicationRecord record)
    {
        var message = new CallApplication
        {
            Id = record.ApplicationId,
            Title = record.Title,
            Lead = ToMessage(record.Lead),
            Status = Field.Lower(record.Status),
            Requested = Wire.Amount(record.Requested),
        };
        if (record.Granted is { } granted) message.Granted = Wire.Amount(granted);
        return message;
    }

    public static Overview ToMessage(this FundingOverview overview)
    {
        var message = new Overview { Kommunenummer = overview.MunicipalityId };
        message.OpenCalls.AddRange(overview.OpenCalls.Select(n => new Api.V1.CallNotice
        {
            CallId = n.CallId,
            Title = n.Title,
            Funder = n.Funder,
            Opens = Wire.OsloInstant(n.Opens),
            Deadline = Wire.OsloInstant(n.Deadline),
        }));
        message.Leads.AddRange(overview.Leads.Select(ToMessage));
        message.Invitations.AddRange(overview.Invitations.Select(ToMessage));
        message.TakesPartIn.AddRange(overview.TakesPartIn.Select(ToMessage));
        return message;
    }

    public static Api.V1.Applicant ToMessage(this Applications.Applicant lead) => new() { Kind = Field.Lower(lead.Kind), Id = lead.Id };

    private static Api.V1.Involvement ToMessage(Municipalities.Involvement involvement)
    {
        var message = new Api.V1.Involvement
        {
            ApplicationId = involvement.ApplicationId,
            Title = involvement.Title,
            CallId = involvement.CallId,
            IsLead = involvement.IsLead,
            State = Field.Lower(involvement.State),
            Status = Field.Lower(involvement.Status),
        };
        if (involvement.Region is { } region)
        {
            message.Region = region;
        }

        return message;
    }
}
