using System.Net;

namespace Collaboration.Gateway.Tests.Access;

/// <summary>Every change is recorded with the object: who, what, when, which request; readable, never writable.</summary>
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

        var last = history["entries"]!.AsArray().Last()!;
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
            new { requested = 40_000, ownContribution = 5_000, role = "Deltar" });
        Assert.Equal(HttpStatusCode.OK, accepted.Status);

        var history = await fixture.As("peer").ReadAsync($"/api/funding/applications/{AccessFixture.Application}/history");

        var last = history["entries"]!.AsArray().Last()!;
        Assert.Equal("saksbehandler-5028", (string?)last["subject"]);
        Assert.Equal("5028", (string?)last["municipality"]);
        Assert.Equal("Funding/Accept", (string?)last["operation"]);
        Assert.Equal("Funding/CreateApplication", (string?)history["entries"]![0]!["operation"]);
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
        Assert.Equal(HttpStatusCode.OK, (await fixture.As("secretariat").ApiPutAsync($"/api/fees/{AccessFixture.Council}/2028/models/utkast", new { title = "Utkast", baseAmount = 1_000 })).Status);

        var joint = await fixture.As("viewer").ReadAsync($"/api/joint-projects/{AccessFixture.Project}/history");
        var fees = await fixture.As("viewer").ReadAsync($"/api/fees/{AccessFixture.Council}/2028/history");

        Assert.Equal("JointProjects/SetKey", (string?)joint["entries"]!.AsArray().Last()!["operation"]);
        Assert.Equal("MembershipFees/PutModel", (string?)fees["entries"]!.AsArray().Last()!["operation"]);
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
}
