using System.Net;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>
/// If-Match on every kind of change: a PUT, a DELETE, the POST actions; creations answer 201 with
/// a Location that reads back, and refuse If-Match; without If-Match scripts work as before.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EditRouteTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_stale_PUT_DELETE_or_action_is_refused_and_changes_nothing()
    {
        var forum = await EditableKind.FreshForumAsync(Http);
        var kommunenummer = await EditableKind.FreshMunicipalityAsync(Http);
        await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/members", new { kommunenummer, from = "2020-01-01" }));
        await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items", new { title = "Sak" }));
        var followUp = (await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/cases/2026/1/follow-ups", new { what = "Gjøre", deadline = "2099-01-01" }))).Location!;
        var project = EditableKind.Fresh("versjon");
        await EditableKind.Made(Http.ApiPutAsync($"/api/projects/{project}", new { title = "Prosjekt" }));
        (string Method, string Path, object? Body)[] changes =
        [
            ("PUT", $"/api/forums/{forum}/cases/2026/1", new { title = "Ny" }),
            ("PUT", $"/api/forums/{forum}/meetings/2026-03-05", new { date = "2026-03-06" }),
            ("PUT", $"/api/forums/{forum}/members/{kommunenummer}", new { from = "2021-01-01" }),
            ("DELETE", $"/api/forums/{forum}/members/{kommunenummer}", null),
            ("PUT", $"{followUp}/status", new { status = "done" }),
            ("POST", $"/api/projects/{project}/status", new { status = "planned" }),
            ("PUT", $"/api/projects/{project}", new { title = "Ny" }),
            ("PUT", $"/api/municipalities/{kommunenummer}", new { name = "Ny", county = "Agder" }),
        ];

        foreach (var (method, path, body) in changes)
        {
            var target = path.EndsWith("/status", StringComparison.Ordinal) && method == "PUT" ? path[..^"/status".Length] : path;
            target = method == "POST" ? $"/api/projects/{project}" : target;
            var before = await Http.ReadAsync(target);
            var stale = $"\"{(int)before["version"]! + 7}\"";

            var refused = await Http.SendJsonAsync(new HttpMethod(method), path, body, [("If-Match", stale)]);

            Assert.True(refused.Status == HttpStatusCode.PreconditionFailed, $"{method} {path}: {(int)refused.Status} {refused.Body}");
            Assert.NotNull(refused.Json["current"]);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(before, await Http.ReadAsync(target)), $"{method} {path} changed the object");
        }

        foreach (var (method, path, body) in changes)
        {
            var done = await Http.SendJsonAsync(new HttpMethod(method), path, body, [("If-Match", "*")]);
            Assert.True(done.Status == HttpStatusCode.OK, $"{method} {path} with If-Match *: {(int)done.Status} {done.Body}");
        }
    }

    [Fact]
    public async Task Every_creation_answers_201_with_a_Location_that_reads_back()
    {
        var forum = EditableKind.Fresh("versjon");
        var project = EditableKind.Fresh("versjon");
        var kommunenummer = "4599";
        Func<Task<ApiAnswer>>[] creations =
        [
            () => Http.ApiPutAsync($"/api/municipalities/{kommunenummer}", new { name = "Ny kommune", county = "Agder" }),
            () => Http.ApiPutAsync($"/api/forums/{forum}", new { name = "Nytt råd", kind = "council", casePrefix = "NR" }),
            () => Http.ApiPostAsync($"/api/forums/{forum}/members", new { kommunenummer, from = "2024-01-01" }),
            () => Http.ApiPostAsync($"/api/forums/{forum}/meetings", new { date = "2026-04-01" }),
            () => Http.ApiPutAsync($"/api/forums/{forum}/meetings/2026-05-01", new { date = "2026-05-01" }),
            () => Http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-04-01/agenda-items", new { title = "Første sak" }),
            () => Http.ApiPostAsync($"/api/forums/{forum}/cases/2026/1/follow-ups", new { what = "Følge opp", deadline = "2099-01-01" }),
            () => Http.ApiPutAsync($"/api/projects/{project}", new { title = "Nytt prosjekt" }),
            () => Http.ApiPutAsync($"/api/projects/{project}/participants/{kommunenummer}", new { role = "lead" }),
        ];

        foreach (var create in creations)
        {
            var created = await create();
            Assert.True(created.Status == HttpStatusCode.Created, $"{(int)created.Status} {created.Body}");
            Assert.NotNull(created.Location);
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(created.Json, await Http.ReadAsync(created.Location!)), created.Location);
            Assert.Equal($"\"{(int)created.Json["version"]!}\"", created.ETag);
        }

        var again = await Http.ApiPutAsync($"/api/projects/{project}", new { title = "Nytt prosjekt" });
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Null(again.Location);
    }

    [Fact]
    public async Task If_Match_on_a_creation_or_a_malformed_one_is_400_naming_the_header_and_nothing_changes()
    {
        var forum = await EditableKind.FreshForumAsync(Http);
        var kommunenummer = await EditableKind.FreshMunicipalityAsync(Http);
        var before = await Http.ReadAsync($"/api/forums/{forum}");

        var creating = await Http.SendJsonAsync(HttpMethod.Post, $"/api/forums/{forum}/members", new { kommunenummer, from = "2024-01-01" }, [("If-Match", "\"1\"")]);
        Assert.Equal(HttpStatusCode.BadRequest, creating.Status);
        Assert.Equal("If-Match", (string?)creating.Json["field"]);

        foreach (var malformed in new[] { "1", "W/\"1\"", "\"abc\"", "\"0\"", "\"1\", \"2\"" })
        {
            var answer = await Http.SendJsonAsync(HttpMethod.Put, $"/api/forums/{forum}", new { name = "Endret", kind = "council", casePrefix = "VR" }, [("If-Match", malformed)]);
            Assert.True(answer.Status == HttpStatusCode.BadRequest, $"If-Match {malformed}: {(int)answer.Status}");
            Assert.Equal("If-Match", (string?)answer.Json["field"]);
        }

        var badRead = await Http.SendJsonAsync(HttpMethod.Get, $"/api/forums/{forum}", null, [("If-None-Match", "abc")]);
        Assert.Equal(HttpStatusCode.BadRequest, badRead.Status);
        Assert.Equal("If-None-Match", (string?)badRead.Json["field"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(before, await Http.ReadAsync($"/api/forums/{forum}")));
    }

    [Fact]
    public async Task Without_If_Match_changes_work_as_before()
    {
        var project = EditableKind.Fresh("versjon");
        await EditableKind.Made(Http.ApiPutAsync($"/api/projects/{project}", new { title = "Første" }));

        var put = await Http.ApiPutAsync($"/api/projects/{project}", new { title = "Andre" });
        var status = await Http.ApiPostAsync($"/api/projects/{project}/status", new { status = "planned" });

        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("planned", (string?)status.Json["status"]);
    }
}
