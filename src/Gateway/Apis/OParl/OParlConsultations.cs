using System.Text.Json.Nodes;
using Collaboration.Exports;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// A body's Consultations: where each case (Paper) is treated. In its own forum's meeting, as
/// that meeting's agenda item, deciding when the minutes record a decision; and by each body a
/// hearing asks, in that body's own council, binding when each decides the same proposal.
/// </summary>
public static class OParlConsultations
{
    public static IEnumerable<OParlEntry> Of(OParlUrls urls, CouncilRecord record) =>
        InMeetings(urls, record).Concat(Asked(urls, record));

    private static IEnumerable<OParlEntry> InMeetings(OParlUrls urls, CouncilRecord record)
    {
        foreach (var forum in record.Forums)
        {
            var timeline = record.Timelines[forum.Id];
            foreach (var meeting in record.Meetings[forum.Id])
            {
                foreach (var item in meeting.AgendaItems.Where(i => i.Number is not null))
                {
                    var (year, sequence) = (item.Number!.Year, item.Number.Sequence);
                    yield return new OParlEntry(urls.Consultation(forum.Id, year, sequence), "Consultation", timeline.Of(ForumParts.Case(year, sequence)), new JsonObject
                    {
                        ["paper"] = urls.Paper(forum.Id, year, sequence),
                        ["agendaItem"] = urls.AgendaItem(forum.Id, year, sequence),
                        ["meeting"] = urls.Meeting(forum.Id, meeting.Id),
                        ["organization"] = new JsonArray(urls.Organization(forum.Id)),
                        ["authoritative"] = item.Decision.Count > 0,
                        ["role"] = "behandling",
                    });
                }
            }
        }

        foreach (var (forumId, year, sequence, stamp) in OParlCaseObjects.DeletedCases(record))
        {
            yield return OParlEntry.Gone(urls.Consultation(forumId, year, sequence), "Consultation", stamp);
        }
    }

    private static IEnumerable<OParlEntry> Asked(OParlUrls urls, CouncilRecord record) =>
        record.Consultations.Select(c =>
        {
            var id = urls.Consultation(c.ForumId, c.Year, c.Sequence, c.BodyId);
            return c.Stamp.Deleted ? OParlEntry.Gone(id, "Consultation", c.Stamp) : new OParlEntry(id, "Consultation", c.Stamp, Asked(urls, record, c));
        });

    private static JsonObject Asked(OParlUrls urls, CouncilRecord record, CaseConsultation consultation)
    {
        var json = new JsonObject
        {
            ["paper"] = urls.Paper(consultation.ForumId, consultation.Year, consultation.Sequence),
            ["organization"] = new JsonArray(urls.MemberOrganization(record.Council.Id, consultation.BodyId)),
            ["authoritative"] = consultation.Authoritative,
            ["role"] = consultation.Role,
        };
        foreach (var (name, value) in consultation.Details)
        {
            json["collaboration:" + name] = value;
        }

        return json;
    }
}
