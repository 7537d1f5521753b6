using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;

namespace Collaboration.Gateway.Tests.Changes;

/// <summary>The change feed over HTTP: CloudEvents in journal order, paged by cursor, by the same read rules as the objects.</summary>
[Collection(ApiCollection.Name)]
public sealed class ChangesApiTests(ApiFixture fixture)
{
    private static readonly CloudEventAttribute Cursor = CloudEventAttribute.CreateExtension("cursor", CloudEventAttributeType.String);

    [Fact]
    public async Task A_change_appears_after_the_cursor_as_a_CloudEvent_saying_what_changed()
    {
        var head = (string)(await fixture.Silo.Anonymous.ReadAsync("/api/changes?kinds=projects&limit=1000"))["next"]!;
        await EnsureAsync(fixture.Http.ApiPutAsync("/api/projects/feed-one", new { title = "Første tittel" }));
        await EnsureAsync(fixture.Http.ApiPutAsync("/api/projects/feed-one", new { title = "Andre tittel" }));

        var page = await fixture.Silo.Anonymous.ReadAsync($"/api/changes?kinds=projects&after={head}");
        var events = Decode(page);

        Assert.Equal(2, events.Count);
        var (created, updated) = (events[0], events[1]);
        Assert.Equal("no.collaboration.project.created.v1", created.Type);
        Assert.Equal("no.collaboration.project.updated.v1", updated.Type);
        Assert.Equal("/api/projects/feed-one", updated.Subject);
        Assert.Equal(CloudEventsSpecVersion.V1_0, updated.SpecVersion);
        Assert.StartsWith("urn:collaboration:", updated.Source!.ToString(), StringComparison.Ordinal);
        Assert.Equal((string?)page["next"], (string?)updated[Cursor]);
        Assert.True(long.Parse((string)updated[Cursor]!, CultureInfo.InvariantCulture) > long.Parse((string)created[Cursor]!, CultureInfo.InvariantCulture));

        var data = JsonNode.Parse(updated.Data!.ToString()!)!;
        Assert.Equal(("projects", "feed-one", 2), ((string?)data["kind"], (string?)data["id"], (int)data["version"]!));
        var changes = data["changes"]!.AsArray();
        Assert.Contains(changes, op => JsonNode.DeepEquals(op, JsonNode.Parse("""{"op":"test","path":"/profile/title","value":"Første tittel"}""")));
        Assert.Contains(changes, op => JsonNode.DeepEquals(op, JsonNode.Parse("""{"op":"replace","path":"/profile/title","value":"Andre tittel"}""")));
        Assert.Null(data["actor"]);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_a_change_twice_or_missing()
    {
        var all = Decode(await fixture.Http.ReadAsync("/api/changes?limit=1000"));
        var paged = new List<CloudEvent>();
        string? after = null;
        while (true)
        {
            var page = await fixture.Http.ReadAsync($"/api/changes?limit=3{(after is null ? "" : $"&after={after}")}");
            var events = Decode(page);
            if (events.Count == 0 || paged.Count >= all.Count)
            {
                break;
            }

            paged.AddRange(events);
            after = (string)page["next"]!;
        }

        Assert.Equal(all.Take(paged.Count).Select(e => e.Id), paged.Select(e => e.Id));
        Assert.Equal(paged.Count, paged.Select(e => e.Id).Distinct().Count());
        Assert.True(paged.Count >= all.Count);
    }

    [Fact]
    public async Task Callers_without_a_token_see_public_kinds_and_no_names_signed_in_callers_see_who()
    {
        await EnsureAsync(fixture.Http.ApiPutAsync("/api/funding/calls/feed-call", new { funder = "Landbruksdirektoratet", title = "Utlysning", opens = "2026-01-01", deadline = "2099-12-31", maxPerMunicipality = "100000" }));

        var anonymous = Decode(await fixture.Silo.Anonymous.ReadAsync("/api/changes?limit=1000"));
        var signedIn = Decode(await fixture.Http.ReadAsync("/api/changes?limit=1000"));

        Assert.All(anonymous, e => Assert.Matches("^no\\.collaboration\\.(municipality|organisation|forum|project)\\.", e.Type!));
        Assert.Contains(signedIn, e => e.Type == "no.collaboration.funding.call.created.v1");
        var mine = signedIn.Last(e => e.Subject == "/api/funding/calls/feed-call");
        Assert.Equal("admin", (string?)JsonNode.Parse(mine.Data!.ToString()!)!["actor"]!["role"]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Silo.Anonymous.ApiGetAsync("/api/changes?kinds=calls")).Status);
    }

    [Theory]
    [InlineData("after=abc", "after")]
    [InlineData("after=-5", "after")]
    [InlineData("after=99999999999999999", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("kinds=things", "kinds")]
    [InlineData("kinds=projects,things", "kinds")]
    public async Task Bad_feed_queries_are_refused_naming_the_parameter(string query, string field)
    {
        var answer = await fixture.Http.ApiGetAsync($"/api/changes?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
    }

    internal static List<CloudEvent> Decode(JsonNode page)
    {
        var formatter = new JsonEventFormatter();
        return [.. page["changes"]!.AsArray().Select(e => formatter.DecodeStructuredModeMessage(
            Encoding.UTF8.GetBytes(e!.ToJsonString()), null, [Cursor]))];
    }

    private static async Task EnsureAsync(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True((int)answer.Status < 300, $"{(int)answer.Status} {answer.Body}");
    }
}
