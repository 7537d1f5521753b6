using System.Text.Json.Nodes;
using Collaboration.Journal;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// The parts of a forum's stored form that are OParl objects, each by a key and the form it
/// has now (compared between versions to see what changed). Presenters and member bodies have
/// no form of their own: they are there or not.
/// </summary>
public static class ForumParts
{
    public const string Profile = "profile";

    public static string Meeting(string id) => $"meeting/{id}";

    public static string Case(int year, int sequence) => $"case/{year}/{sequence}";

    public static string Member(string bodyId, string from) => $"member/{bodyId}/{from}";

    public static string Presenter(string name) => $"presenter/{name}";

    public static string Body(string bodyId) => $"body/{bodyId}";

    /// <summary>The forum's timeline of these parts, caught up with the journal.</summary>
    public static Task<ObjectTimeline> TimelineAsync(ObjectTimelines timelines, string forumId) =>
        timelines.ReadAsync(CoreKinds.ForumState, forumId, Of);

    public static Dictionary<string, string> Of(JsonNode form)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (form["profile"] is { } profile)
        {
            parts[Profile] = profile.ToJsonString();
        }

        foreach (var member in Items(form["members"]))
        {
            var body = (string?)member["municipalityId"] ?? "";
            parts[Member(body, (string?)member["from"] ?? "")] = member.ToJsonString();
            parts[Body(body)] = "";
        }

        foreach (var meeting in Items(form["meetings"]))
        {
            var id = (string?)meeting["id"] ?? "";
            parts[Meeting(id)] = meeting["details"]?.ToJsonString() ?? "";
            foreach (var item in Items(meeting["items"]))
            {
                AddCase(parts, item, id);
            }
        }

        foreach (var item in Items(form["unscheduled"]))
        {
            AddCase(parts, item, "");
        }

        return parts;
    }

    private static void AddCase(Dictionary<string, string> parts, JsonNode item, string meetingId)
    {
        if (item["number"] is not { } number)
        {
            return;
        }

        parts[Case((int?)number["year"] ?? 0, (int?)number["sequence"] ?? 0)] = meetingId + item.ToJsonString();
        if ((string?)item["content"]?["presenter"] is { Length: > 0 } presenter)
        {
            parts[Presenter(presenter)] = "";
        }
    }

    private static IEnumerable<JsonNode> Items(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonNode>() : [];
}
