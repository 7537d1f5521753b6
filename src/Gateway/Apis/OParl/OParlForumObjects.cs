using System.Text.Json.Nodes;
using Collaboration.Api;
using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Organisations;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// A body's forums, member bodies, membership periods and meetings as OParl objects. A member of a
/// forum is a body (a municipality or an organisation), not a person: each member body is an
/// Organization of the Body, and a Membership names it as <c>onBehalfOf</c> with no person.
/// </summary>
public static class OParlForumObjects
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static IEnumerable<OParlEntry> Organizations(OParlUrls urls, CouncilRecord record)
    {
        foreach (var forum in record.Forums)
        {
            var org = new JsonObject
            {
                ["body"] = urls.Body(record.Council.Id),
                ["name"] = forum.Profile.Name,
                ["shortName"] = forum.Profile.CasePrefix,
                ["organizationType"] = "forum",
                ["classification"] = Field.Lower(forum.Profile.Kind),
                ["membership"] = new JsonArray([.. forum.Members.Select(m => (JsonNode)urls.Membership(forum.Id, m.MunicipalityId, m.From))]),
            };
            if (forum.Profile.ParentId is { } parent)
            {
                org["subOrganizationOf"] = urls.Organization(parent);
            }

            yield return new OParlEntry(urls.Organization(forum.Id), "Organization", record.Timelines[forum.Id].Of(ForumParts.Profile), org);
        }

        var live = record.Forums.SelectMany(f => f.Members).Select(m => m.MunicipalityId).ToHashSet(StringComparer.Ordinal);
        foreach (var group in record.Parts("body/").GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var id = urls.MemberOrganization(record.Council.Id, group.Key);
            var stamp = PartStamp.Merge(group.Select(p => p.Stamp));
            yield return live.Contains(group.Key)
                ? new OParlEntry(id, "Organization", stamp, MemberBody(urls, record, group.Key))
                : OParlEntry.Gone(id, "Organization", stamp!);
        }
    }

    public static IEnumerable<OParlEntry> Memberships(OParlUrls urls, CouncilRecord record)
    {
        foreach (var forum in record.Forums)
        {
            var timeline = record.Timelines[forum.Id];
            foreach (var member in forum.Members)
            {
                yield return new OParlEntry(urls.Membership(forum.Id, member.MunicipalityId, member.From), "Membership",
                    timeline.Of(ForumParts.Member(member.MunicipalityId, Wire.Date(member.From))), Membership(urls, record, forum, member));
            }
        }

        foreach (var (forumId, key, stamp) in record.Parts("member/").Where(p => p.Stamp.Deleted))
        {
            var parts = key.Split('/');
            yield return OParlEntry.Gone(urls.Membership(forumId, parts[0], DateOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)), "Membership", stamp);
        }
    }

    public static IEnumerable<OParlEntry> Meetings(OParlUrls urls, CouncilRecord record)
    {
        foreach (var forum in record.Forums)
        {
            var timeline = record.Timelines[forum.Id];
            foreach (var meeting in record.Meetings[forum.Id])
            {
                yield return new OParlEntry(urls.Meeting(forum.Id, meeting.Id), "Meeting", timeline.Of(ForumParts.Meeting(meeting.Id)), Meeting(urls, forum, meeting));
            }
        }

        foreach (var (forumId, key, stamp) in record.Parts("meeting/").Where(p => p.Stamp.Deleted))
        {
            yield return OParlEntry.Gone(urls.Meeting(forumId, key), "Meeting", stamp);
        }
    }

    private static JsonObject MemberBody(OParlUrls urls, CouncilRecord record, string bodyId)
    {
        var municipality = Bodies.IsKommunenummer(bodyId);
        return new JsonObject
        {
            ["body"] = urls.Body(record.Council.Id),
            ["name"] = record.Names.GetValueOrDefault(bodyId, bodyId),
            ["organizationType"] = municipality ? "kommune" : "organisasjon",
            ["classification"] = municipality ? "municipality" : "organisation",
            [municipality ? "collaboration:kommunenummer" : "collaboration:organisationNumber"] = bodyId,
        };
    }

    private static JsonObject Membership(OParlUrls urls, CouncilRecord record, Forum forum, Member member)
    {
        var membership = new JsonObject
        {
            ["organization"] = urls.Organization(forum.Id),
            ["onBehalfOf"] = urls.MemberOrganization(record.Council.Id, member.MunicipalityId),
            ["role"] = Field.Lower(member.Role),
            ["votingRight"] = member.Role == MembershipRole.Member,
            ["startDate"] = Wire.Date(member.From),
        };
        if (member.Until is { } until)
        {
            membership["endDate"] = Wire.Date(until);
        }

        return membership;
    }

    private static JsonObject Meeting(OParlUrls urls, Forum forum, Meeting meeting)
    {
        var details = meeting.Details;
        var status = details.Status ?? (details.Date > DateOnly.FromDateTime(DateTime.Today) ? MeetingStatus.Planned : MeetingStatus.Held);
        var json = new JsonObject
        {
            ["name"] = details.Title ?? $"{forum.Profile.Name} {Wire.Date(details.Date)}",
            ["meetingState"] = Field.Lower(status),
            ["cancelled"] = status == MeetingStatus.Cancelled,
            ["organization"] = new JsonArray(urls.Organization(forum.Id)),
            ["collaboration:date"] = Wire.Date(details.Date),
        };
        if (details.Starts is { } starts)
        {
            json["start"] = Local(details.Date, starts);
        }

        if (details.Ends is { } ends)
        {
            json["end"] = Local(details.LastDay ?? details.Date, ends);
        }

        if (details.Place is { } place)
        {
            json["collaboration:place"] = place;
        }

        return json;
    }

    // A meeting's times are Norwegian local times.
    private static string Local(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return Wire.Instant(new DateTimeOffset(local, Oslo.GetUtcOffset(local)));
    }
}
