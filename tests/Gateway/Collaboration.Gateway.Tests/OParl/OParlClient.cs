using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.OParl;

/// <summary>Reads the OParl API without a token, as an OParl client does: from the System object, following its URLs.</summary>
public sealed class OParlClient(HttpClient http)
{
    public async Task<JsonObject> GetAsync(string url)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Every object of a list, page by page by the <c>next</c> links, with the pages read.</summary>
    public async Task<(List<JsonObject> Objects, List<JsonObject> Pages)> WalkAsync(string url)
    {
        var objects = new List<JsonObject>();
        var pages = new List<JsonObject>();
        for (string? next = url; next is not null; next = (string?)pages[^1]["links"]!["next"])
        {
            Assert.True(pages.Count < 1000, $"{url} does not end.");
            pages.Add(await GetAsync(next));
            objects.AddRange(pages[^1]["data"]!.AsArray().Select(o => o!.AsObject()));
        }

        return (objects, pages);
    }

    /// <summary>Each body with each of its lists, read to the end.</summary>
    public async Task<Dictionary<string, List<JsonObject>>> ListsAsync(JsonObject body, string query = "")
    {
        var lists = new Dictionary<string, List<JsonObject>>();
        foreach (var list in new[] { "organization", "person", "membership", "meeting", "agendaItem", "paper", "consultation" })
        {
            lists[list] = (await WalkAsync((string)body[list]! + query)).Objects;
        }

        return lists;
    }
}
