using Collaboration.Api;
using Collaboration.Hearings.Api.V1;

namespace Collaboration.Hearings.Api;

/// <summary>Maps requests of the Hearings API to the grain contracts; shape checks happen here.</summary>
internal static class HearingMessages
{
    public static NewHearing ToNewHearing(this SendHearingRequest r) => new(
        Field.ForumId(r.ForumId, "forumId"),
        Field.Year(r.Year, "year"),
        Field.Positive(r.Sequence, "sequence"),
        Field.Enum<HearingKind>(r.Kind, "kind"),
        r.HasTitle ? Field.Required(r.Title, "title") : null,
        Field.Deadline(r.Deadline, "deadline"),
        r.HasSent ? Field.Date(r.Sent, "sent") : null,
        [.. r.Documents.Select((d, i) => new HearingDocument(Field.Required(d.Title, $"documents[{i}].title"), Url(d.Url, $"documents[{i}].url")!))],
        r.Bodies.Count == 0 ? null : [.. r.Bodies.Select((b, i) => Field.BodyId(b, $"bodies[{i}]"))],
        ToRule(r.Rule));

    public static (Statement? Statement, Treatment? Treatment) ToAnswer(this AnswerRequest r)
    {
        if (r.Statement is null && r.Treatment is null)
        {
            throw CollaborationException.Invalid("treatment", "Send a statement, a treatment or both.");
        }

        var statement = r.Statement is { } s
            ? new Statement(Field.Required(s.Text, "statement.text", 20_000), s.HasUrl ? Url(s.Url, "statement.url") : null, Field.Date(s.Date, "statement.date"))
            : null;
        return (statement, r.Treatment is { } t ? ToTreatment(t) : null);
    }

    public static NewConclusion ToConclusion(this ConcludeRequest r) => new(
        Field.Date(r.Date, "date"),
        r.Decision.Count > 0 ? Field.Texts(r.Decision, "decision") : throw CollaborationException.Invalid("decision", "State the decision: at least one point."),
        Field.ForumId(r.ForumId, "forumId"),
        Field.Year(r.Year, "year"),
        Field.Positive(r.Sequence, "sequence"));

    private static Treatment ToTreatment(V1.Treatment t)
    {
        var outcome = Field.Enum<Outcome>(t.Outcome, "treatment.outcome");
        var changes = t.HasChanges ? Field.Text(t.Changes, "treatment.changes", 20_000) : null;
        if (outcome == Outcome.AdoptedWithChanges && changes is null)
        {
            throw CollaborationException.Invalid("treatment.changes", "State the changes when a body adopts with changes.");
        }

        return new Treatment(
            Field.Enum<TreatingBody>(t.Body, "treatment.body"),
            Field.Date(t.Date, "treatment.date"),
            t.HasCaseReference ? Field.Text(t.CaseReference, "treatment.caseReference", 100) : null,
            outcome,
            changes);
    }

    private static AdoptionRule ToRule(V1.Rule? rule) => rule is null ? AdoptionRule.All
        : Field.Enum<RuleKind>(rule.Kind, "rule.kind") switch
        {
            RuleKind.All => AdoptionRule.All,
            _ => new AdoptionRule(RuleKind.Majority, rule.HasPercent ? Field.OptionalPercent(rule.Percent, "rule.percent") ?? 50 : 50),
        };

    /// <summary>An absolute http(s) address.</summary>
    private static string? Url(string? value, string field) =>
        Field.Text(value, field, 2000) is not { } text ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? text
        : throw CollaborationException.Invalid(field, $"{field} must be an http or https address, not '{value}'.");
}
