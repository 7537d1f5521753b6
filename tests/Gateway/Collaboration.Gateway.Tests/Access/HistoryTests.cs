using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>Every change is on record: who, what changed, when, which request; readable newest first, a page at a time, never writable.</summary>
[Collection(AccessCollection.Name)]
public sealed class HistoryTests(AccessFixture fixture)
{
    [Fact]
    public async Task A_change_is_recorded_with_the_object_with_who_made_it()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);
        var added = await fixture.As("secretariat").ApiPostAsync($"/api/forums/{AccessFixture.Directors}/meetings/{AccessFixture.Meeting}/agenda-items", new { title = "Sak med historikk" });
        Assert.Equal(HttpStatusCode.Created, added.Status);

        var history = await fixture.As("viewer").ReadAsync($"/api/forums/{AccessFixture.Directors}/history");

        var last = history["entries"]![0]!;
        Assert.Equal("sekretariat-matrise", (string?)last["subject"]);
        Assert.Equal("secretariat", (string?)last["role"]);
        Assert.Equal("Forums/AddAgendaItem", (string?)last["operation"]);
        Assert.False(string.IsNullOrEmpty((string?)last["requestId"]));
        Assert.True(DateTimeOffset.Parse((string)last["at"]!, System.Globalization.CultureInfo.InvariantCulture) >= started);
    }

    [Fact]
    public async Task An_officer_answering_an_invitation_is_recorded_with_its_municipality()
    {
        var accepted = await fixture.As("officer 5028").ApiPostAsync($"/api/funding/applications/{AccessFixture.Application}/partners/5028/accept",
            new { requested = "40000", ownContribution = "5000", role = "Deltar" });
        Assert.Equal(HttpStatusCode.OK, accepted.Status);

        var history = await fixture.As("peer").ReadAsync($"/api/funding/applications/{AccessFixture.Application}/history");

        var last = history["entries"]![0]!;
        Assert.Equal("saksbehandler-5028", (string?)last["subject"]);
        Assert.Equal("5028", (string?)last["municipality"]);
        Assert.Equal("Funding/Accept", (string?)last["operation"]);
        Assert.Equal("Funding/CreateApplication", (string?)history["entries"]!.AsArray().Last()!["operation"]);
    }

    [Theory]
    [InlineData("/api/municipalities/5001/history")]
    [InlineData("/api/projects/" + AccessFixture.Project + "/history")]
    [InlineData("/api/funding/calls/" + AccessFixture.Call + "/history")]
    public async Task Every_kind_of_object_has_a_history(string path)
    {
        var history = await fixture.As("viewer").ReadAsync(path);

        Assert.NotEmpty(history["entries"]!.AsArray());
    }

    [Fact]
    public async Task Joint_projects_and_fee_years_have_histories_too()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("secretariat").ApiPutAsync($"/api/joint-projects/{AccessFixture.Project}/key", new { kind = "equal" })).Status);
        Assert.Equal(HttpStatusCode.Created, (await fixture.As("secretariat").ApiPutAsync($"/api/fees/{AccessFixture.Council}/2028/models/utkast", new { title = "Utkast", baseAmount = "1000" })).Status);

        var joint = await fixture.As("viewer").ReadAsync($"/api/joint-projects/{AccessFixture.Project}/history");
        var fees = await fixture.As("viewer").ReadAsync($"/api/fees/{AccessFixture.Council}/2028/history");

        Assert.Equal("JointProjects/SetKey", (string?)joint["entries"]![0]!["operation"]);
        Assert.Equal("MembershipFees/PutModel", (string?)fees["entries"]![0]!["operation"]);
    }

    [Fact]
    public async Task A_history_cannot_be_changed_or_read_without_a_token()
    {
        var path = $"/api/projects/{AccessFixture.Project}/history";
        var before = (await fixture.Silo.Http.ReadAsync(path))["entries"]!.AsArray().Count;

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Post, HttpMethod.Delete, HttpMethod.Patch })
        {
            var answer = await fixture.Silo.Http.SendJsonAsync(method, path, "{\"entries\": []}");
            Assert.True(answer.Status is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method}: {(int)answer.Status}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Silo.Anonymous.ApiGetAsync(path)).Status);
        Assert.Equal(before, (await fixture.Silo.Http.ReadAsync(path))["entries"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Silo.Http.ApiGetAsync("/api/things/x/history")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Silo.Http.ApiGetAsync("/api/projects/never-made/history")).Status);
    }

    [Fact]
    public async Task A_history_says_what_changed_and_pages_newest_first()
    {
        var path = "/api/projects/history-paged";
        foreach (var title in new[] { "Én", "To", "Tre", "Fire", "Fem" })
        {
            Assert.Equal(title == "Én" ? HttpStatusCode.Created : HttpStatusCode.OK, (await fixture.Silo.Http.ApiPutAsync(path, new { title })).Status);
        }

        var entries = new List<JsonNode>();
        string? before = null;
        do
        {
            var page = await fixture.As("viewer").ReadAsync($"{path}/history?limit=2{(before is null ? "" : $"&before={before}")}");
            Assert.True(page["entries"]!.AsArray().Count <= 2);
            entries.AddRange(page["entries"]!.AsArray().Select(e => e!));
            before = (string?)page["next"];
        }
        while (before is not null);

        Assert.Equal([5, 4, 3, 2, 1], entries.Select(e => (int)e["version"]!));
        var newest = entries[0]["changes"]!.AsArray().Select(op => op!.ToJsonString()).ToList();
        Assert.Equal(["""{"op":"test","path":"/profile/title","value":"Fire"}""", """{"op":"replace","path":"/profile/title","value":"Fem"}"""], newest);
        Assert.Equal(entries.Count, entries.Select(e => (string?)e["eventId"]).Distinct().Count());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("before=yesterday", "before")]
    public async Task Bad_history_paging_is_refused_naming_the_parameter(string query, string field)
    {
        var answer = await fixture.As("viewer").ApiGetAsync($"/api/projects/{AccessFixture.Project}/history?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(field, (string?)answer.Json["field"]);
    }
}
