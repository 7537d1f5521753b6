using System.Text.Json.Nodes;
using Collaboration.Api;
using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// A body's cases as OParl objects: each numbered case is a Paper (its document, referenced by
/// the case number) and, once on a meeting, an AgendaItem of that meeting; those who presented
/// cases are the body's Persons, the only people the record names in a public role.
/// </summary>
public static class OParlCaseObjects
{
    public static IEnumerable<OParlEntry> AgendaItems(OParlUrls urls, CouncilRecord record)
    {
        foreach (var forum in record.Forums)
        {
            var timeline = record.Timelines[forum.Id];
            foreach (var meeting in record.Meetings[forum.Id])
            {
                for (var order = 0; order < meeting.AgendaItems.Count; order++)
                {
                    if (meeting.AgendaItems[order].Number is { } number)
                    {
                        yield return new OParlEntry(urls.AgendaItem(forum.Id, number.Year, number.Sequence), "AgendaItem",
                            timeline.Of(ForumParts.Case(number.Year, number.Sequence)),
                            AgendaItem(urls, forum, meeting, meeting.AgendaItems[order], order));
                    }
                }
            }
        }

        foreach (var (forumId, year, sequence, stamp) in DeletedCases(record))
        {
            yield return OParlEntry.Gone(urls.AgendaItem(forumId, year, sequence), "AgendaItem", stamp);
        }
    }

    public static IEnumerable<OParlEntry> Papers(OParlUrls urls, CouncilRecord record)
    {
        var consulted = OParlConsultations.Of(urls, record).Where(e => !e.Deleted).ToLookup(e => (string?)e.Live!["paper"], StringComparer.Ordinal);
        foreach (var forum in record.Forums)
        {
            var timeline = record.Timelines[forum.Id];
            var days = record.Meetings[forum.Id].ToDictionary(m => m.Id, m => m.Details.Date, StringComparer.Ordinal);
            foreach (var item in record.Cases[forum.Id].Where(c => c.Number is not null))
            {
                var number = item.Number!;
                yield return new OParlEntry(urls.Paper(forum.Id, number.Year, number.Sequence), "Paper",
                    timeline.Of(ForumParts.Case(number.Year, number.Sequence)), Paper(urls, record, forum, item, days, consulted));
            }
        }

        foreach (var (forumId, year, sequence, stamp) in DeletedCases(record))
        {
            yield return OParlEntry.Gone(urls.Paper(forumId, year, sequence), "Paper", stamp);
        }
    }

    public static IEnumerable<OParlEntry> Persons(OParlUrls urls, CouncilRecord record)
    {
        var live = record.Cases.Values.SelectMany(c => c).Select(c => c.Presenter).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var group in record.Parts("presenter/").GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var id = urls.Person(record.Council.Id, group.Key);
            var stamp = PartStamp.Merge(group.Select(p => p.Stamp))!;
            yield return live.Contains(group.Key)
                ? new OParlEntry(id, "Person", stamp, new JsonObject { ["body"] = urls.Body(record.Council.Id), ["name"] = group.Key })
                : OParlEntry.Gone(id, "Person", stamp);
        }
    }

    /// <summary>The cases deleted from the body's forums, with when.</summary>
    public static IEnumerable<(string ForumId, int Year, int Sequence, PartStamp Stamp)> DeletedCases(CouncilRecord record) =>
        record.Parts("case/").Where(p => p.Stamp.Deleted).Select(p =>
        {
            var parts = p.Key.Split('/');
            return (p.ForumId, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), p.Stamp);
        });

    private static JsonObject AgendaItem(OParlUrls urls, Forum forum, Meeting meeting, AgendaItem item, int order)
    {
        var json = new JsonObject
        {
            ["meeting"] = urls.Meeting(forum.Id, meeting.Id),
            ["number"] = item.Number!.ToString(),
            ["order"] = order,
            ["name"] = item.Title,
            ["public"] = true,
            ["consultation"] = urls.Consultation(forum.Id, item.Number.Year, item.Number.Sequence),
        };
        if (item.Decision.Count > 0)
        {
            json["result"] = "vedtatt";
            json["resolutionText"] = string.Join("\n", item.Decision);
        }

        return json;
    }

    private static JsonObject Paper(OParlUrls urls, CouncilRecord record, Forum forum, AgendaItem item, Dictionary<string, DateOnly> days, ILookup<string?, OParlEntry> consulted)
    {
        var number = item.Number!;
        var json = new JsonObject
        {
            ["body"] = urls.Body(record.Council.Id),
            ["name"] = item.Title,
            ["reference"] = number.ToString(),
            ["paperType"] = "sak",
            ["underDirectionOf"] = new JsonArray(urls.Organization(forum.Id)),
        };
        if (item.MeetingId is { } meetingId && days.TryGetValue(meetingId, out var day))
        {
            json["date"] = Wire.Date(day);
            json["collaboration:agendaItem"] = urls.AgendaItem(forum.Id, number.Year, number.Sequence);
        }

        if (item.Presenter is { } presenter)
        {
            json["originatorPerson"] = new JsonArray(urls.Person(record.Council.Id, presenter));
        }

        // OParl 1.1 embeds a paper's consultations whole.
        if (consulted[urls.Paper(forum.Id, number.Year, number.Sequence)].ToList() is { Count: > 0 } consultations)
        {
            json["consultation"] = new JsonArray([.. consultations.Select(c => (JsonNode)c.ToJson())]);
        }

        return json;
    }
}
