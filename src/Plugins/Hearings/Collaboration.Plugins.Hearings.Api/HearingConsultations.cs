using System.Text.Json.Nodes;
using Collaboration.Api;
using Collaboration.Exports;
using Collaboration.Journal;

namespace Collaboration.Hearings.Api;

/// <summary>
/// Each body a hearing asks is a consultation of the hearing's case: asked when added, modified
/// with each answer, deleted when no longer asked. The times come from the hearing's journal.
/// </summary>
public sealed class HearingConsultations(IGrainFactory grains, ObjectTimelines timelines) : ICaseConsultations
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseConsultation>> OfForumAsync(string forumId)
    {
        var listings = await grains.GetGrain<IHearingRegisterGrain>(IHearingRegisterGrain.Key).ListAsync(forumId, null);
        var each = await Task.WhenAll(listings.Select(l => OfHearingAsync(l.Id)));
        return [.. each.SelectMany(c => c)];
    }

    private async Task<IEnumerable<CaseConsultation>> OfHearingAsync(string hearingId)
    {
        var hearing = await grains.GetGrain<IHearingGrain>(hearingId).GetAsync();
        var timeline = await timelines.ReadAsync(HearingsPlugin.HearingState, hearingId, Parts);
        var asked = hearing.Bodies.ToDictionary(b => b.BodyId, StringComparer.Ordinal);
        return timeline.Stamps.Select(s => new CaseConsultation(
            hearing.ForumId,
            hearing.Year,
            hearing.Sequence,
            s.Key,
            hearing.Kind == HearingKind.Decision ? "likelydende vedtak" : "høring",
            hearing.Kind == HearingKind.Decision,
            s.Value,
            asked.TryGetValue(s.Key, out var body) ? Details(hearing, body) : new Dictionary<string, string>()));
    }

    private static Dictionary<string, string> Details(Hearing hearing, AskedBody body)
    {
        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["status"] = Field.Lower(hearing.StatusOf(body)),
            ["deadline"] = Wire.Instant(hearing.Deadline),
        };
        if (body.Statement is { } statement)
        {
            details["statementDate"] = Wire.Date(statement.Date);
        }

        if (body.Treatment is { } treatment)
        {
            details["treatedBy"] = Field.Lower(treatment.Body);
            details["treated"] = Wire.Date(treatment.Date);
            details["outcome"] = Field.Lower(treatment.Outcome);
            if (treatment.CaseReference is { } reference)
            {
                details["caseReference"] = reference;
            }
        }

        return details;
    }

    // Each body asked is a part, its form all that is stored of its answer.
    private static Dictionary<string, string> Parts(JsonNode form) =>
        (form["bodies"] as JsonArray ?? []).OfType<JsonNode>()
            .ToDictionary(b => (string?)b["bodyId"] ?? "", b => b.ToJsonString(), StringComparer.Ordinal);
}
