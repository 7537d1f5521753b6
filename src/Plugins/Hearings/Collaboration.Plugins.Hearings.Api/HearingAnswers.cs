using Collaboration.Api;
using Collaboration.Hearings.Api.V1;
using Collaboration.Organisations;

namespace Collaboration.Hearings.Api;

/// <summary>Writes hearings to the wire: dates as YYYY-MM-DD, words in lower case, bodies with their names.</summary>
internal static class HearingAnswers
{
    public static V1.Hearing ToMessage(this Hearings.Hearing h, IReadOnlyDictionary<string, string> names)
    {
        var message = new V1.Hearing
        {
            Id = h.Id,
            ForumId = h.ForumId,
            Year = h.Year,
            Sequence = h.Sequence,
            CaseNumber = h.CaseNumber.ToString(),
            Title = h.Title,
            Kind = Field.Lower(h.Kind),
            Sent = Wire.Date(h.Sent),
            Deadline = Wire.OsloDate(h.Deadline),
            Rule = new V1.Rule { Kind = Field.Lower(h.Rule.Kind), Percent = Wire.Percent(h.Rule.Percent) },
            Status = Field.Lower(h.Status),
            Summary = new Summary
            {
                Adopted = h.Summary.Adopted,
                AdoptedWithChanges = h.Summary.AdoptedWithChanges,
                Rejected = h.Summary.Rejected,
                WillNotAnswer = h.Summary.WillNotAnswer,
                NotAnswered = h.Summary.NotAnswered,
                Total = h.Summary.Total,
            },
            RegionalOutcome = Field.Lower(h.RegionalOutcome),
            Version = h.Version,
        };
        message.Documents.AddRange(h.Documents.Select(d => new Document { Title = d.Title, Url = d.Url }));
        message.Bodies.AddRange(h.Bodies.Select(b => b.ToMessage(h.StatusOf(b), names)));
        if (h.Conclusion is { } c)
        {
            message.Conclusion = new V1.Conclusion
            {
                Date = Wire.Date(c.Date),
                ForumId = c.ForumId,
                Year = c.Year,
                Sequence = c.Sequence,
                CaseNumber = c.CaseNumber?.ToString() ?? "",
                Path = $"/api/forums/{c.ForumId}/cases/{c.Year}/{c.Sequence}",
                Decision = { c.Decision },
            };
        }

        return message;
    }

    private static HearingBody ToMessage(this AskedBody b, BodyStatus status, IReadOnlyDictionary<string, string> names)
    {
        var message = new HearingBody { BodyId = b.BodyId, Name = names.GetValueOrDefault(b.BodyId, b.BodyId), Status = Field.Lower(status) };
        if (Bodies.IsKommunenummer(b.BodyId))
        {
            message.Kommunenummer = b.BodyId;
        }
        else
        {
            message.OrganisationNumber = b.BodyId;
        }

        if (b.AnsweredAt is { } at)
        {
            message.AnsweredAt = Wire.OsloInstant(at);
        }

        if (b.Statement is { } s)
        {
            message.Statement = new V1.Statement { Text = s.Text, Date = Wire.Date(s.Date) };
            if (s.Url is not null) message.Statement.Url = s.Url;
        }

        if (b.Treatment is { } t)
        {
            message.Treatment = new V1.Treatment { Body = Field.Lower(t.Body), Date = Wire.Date(t.Date), Outcome = Field.Lower(t.Outcome) };
            if (t.CaseReference is not null) message.Treatment.CaseReference = t.CaseReference;
            if (t.Changes is not null) message.Treatment.Changes = t.Changes;
        }

        return message;
    }
}
