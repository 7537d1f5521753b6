using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Silo.DemoData;

/// <summary>
/// A demo data file: each entry is the JSON body of an API request, sent through the public
/// HTTP API like any user's. Sections: municipalities, organisations, forums (with members), projects (with
/// participants and a status path), meetings (with agenda items), forwards (a case sent on to
/// another forum: forumId, year, sequence, targetForumId, meetingId), and plain requests
/// ({"method", "path", "headers", "body"}) for plugins. Loading it again changes nothing: PUTs repeat the same values, and
/// creations that already happened answer 409, which counts as done.
/// </summary>
public sealed class DemoDataSet(HttpClient api)
{
    public async Task<int> LoadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var root = (await JsonNode.ParseAsync(file, cancellationToken: cancellationToken))?.AsObject()
            ?? throw new InvalidDataException($"{path} is not a JSON object.");
        var requests = 0;

        foreach (var municipality in Items(root, "municipalities"))
        {
            requests += await SendAsync(HttpMethod.Put, $"/api/municipalities/{municipality["kommunenummer"]}", municipality, cancellationToken);
        }

        // Before the forums: a forum's members may be organisations.
        foreach (var organisation in Items(root, "organisations"))
        {
            requests += await SendAsync(HttpMethod.Put, $"/api/organisations/{organisation["organisationNumber"]}", organisation, cancellationToken);
        }

        foreach (var forum in Items(root, "forums"))
        {
            var members = Detach(forum, "members");
            requests += await SendAsync(HttpMethod.Put, $"/api/forums/{forum["id"]}", forum, cancellationToken);
            foreach (var member in members)
            {
                requests += await SendAsync(HttpMethod.Post, $"/api/forums/{forum["id"]}/members", member, cancellationToken);
            }
        }

        foreach (var project in Items(root, "projects"))
        {
            var participants = Detach(project, "participants");
            var statusPath = Detach(project, "statusPath");
            requests += await SendAsync(HttpMethod.Put, $"/api/projects/{project["id"]}", project, cancellationToken);
            foreach (var participant in participants)
            {
                requests += await SendAsync(HttpMethod.Put, $"/api/projects/{project["id"]}/participants/{participant?["kommunenummer"]}", participant, cancellationToken);
            }

            foreach (var status in statusPath)
            {
                requests += await SendAsync(HttpMethod.Post, $"/api/projects/{project["id"]}/status", new JsonObject { ["status"] = status?.DeepClone() }, cancellationToken);
            }
        }

        // Plugins' data sets are plain lists of API requests.
        foreach (var request in Items(root, "requests"))
        {
            var method = new HttpMethod(request["method"]?.GetValue<string>() ?? "PUT");
            var headers = (request["headers"] as JsonObject ?? []).Select(h => (h.Key, h.Value?.GetValue<string>() ?? ""));
            requests += await SendAsync(method, request["path"]!.GetValue<string>(), request["body"]?.DeepClone(), cancellationToken, headers);
        }

        foreach (var meeting in Items(root, "meetings"))
        {
            var items = Detach(meeting, "agendaItems");
            var forumId = meeting["forumId"]!.GetValue<string>();
            var meetingId = meeting["meetingId"]!.GetValue<string>();
            meeting.Remove("forumId");
            requests += await SendAsync(HttpMethod.Put, $"/api/forums/{forumId}/meetings/{meetingId}", meeting, cancellationToken);
            foreach (var item in items)
            {
                requests += await SendAsync(HttpMethod.Post, $"/api/forums/{forumId}/meetings/{meetingId}/agenda-items", item, cancellationToken);
            }
        }

        // After the meetings: a case is sent on to a meeting of another forum.
        foreach (var forward in Items(root, "forwards"))
        {
            var forwardPath = $"/api/forums/{forward["forumId"]}/cases/{forward["year"]}/{forward["sequence"]}/forward";
            var body = new JsonObject { ["targetForumId"] = forward["targetForumId"]?.DeepClone(), ["meetingId"] = forward["meetingId"]?.DeepClone() };
            requests += await SendAsync(HttpMethod.Post, forwardPath, body, cancellationToken);
        }

        return requests;
    }

    private async Task<int> SendAsync(HttpMethod method, string uri, JsonNode? body, CancellationToken cancellationToken,
        IEnumerable<(string Name, string Value)>? headers = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await api.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode && !(method == HttpMethod.Post && response.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidDataException($"Demo data: {method} {uri} answered {(int)response.StatusCode}: {problem}");
        }

        return 1;
    }

    private static IEnumerable<JsonObject> Items(JsonObject root, string section) =>
        (root[section] as JsonArray ?? []).OfType<JsonObject>();

    private static JsonArray Detach(JsonObject item, string property)
    {
        var value = item[property] as JsonArray ?? [];
        item.Remove(property);
        return value;
    }
}
