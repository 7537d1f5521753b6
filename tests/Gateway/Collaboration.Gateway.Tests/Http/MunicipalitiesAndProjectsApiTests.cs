using System.Net;

namespace Collaboration.Gateway.Tests.Http;

[Collection(ApiCollection.Name)]
public sealed class MunicipalitiesAndProjectsApiTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_municipality_is_registered_read_and_listed()
    {
        var put = await Http.ApiPutAsync("/api/municipalities/5029", new
        {
            name = "Skaun",
            county = "Trøndelag",
            population = new { count = 8360, year = 2022, note = "SSB 1 Jan 2022" },
            contacts = new[] { new { name = "Petter Lindseth", role = "kommunedirektør" } },
        });
        Assert.Equal(HttpStatusCode.Created, put.Status);

        var skaun = await Http.ReadAsync("/api/municipalities/5029");
        Assert.Equal("Skaun", (string?)skaun["name"]);
        Assert.Equal(8360, (int)skaun["population"]!["count"]!);
        Assert.Equal("Petter Lindseth", (string?)skaun["contacts"]![0]!["name"]);
        Assert.Contains((await Http.ReadAsync("/api/municipalities?limit=1000"))["municipalities"]!.AsArray(), m => (string?)m!["kommunenummer"] == "5029");
    }

    [Fact]
    public async Task A_project_gets_participants_and_moves_through_its_statuses()
    {
        var path = "/api/projects/interkommunal-arealplan-test";
        var put = await Http.ApiPutAsync(path, new
        {
            title = "Interkommunal arealplan",
            themes = new[] { "areal", "klima" },
            ownerForumId = ApiFixture.Council,
            start = "2009-01-01",
            end = "2011-06-30",
            budget = new[] { new { year = 2009, amount = "2000000" } },
            decisions = new[] { "TR 12/09" },
        });
        Assert.Equal("idea", (string?)put.Json["status"]);

        await Http.ApiPutAsync($"{path}/participants/5001", new { role = "lead" });
        await Http.ApiPutAsync($"{path}/participants/5028", new { });
        foreach (var status in new[] { "planned", "active" })
        {
            Assert.Equal(status, (string?)(await Http.ApiPostAsync($"{path}/status", new { status })).Json["status"]);
        }

        var project = await Http.ReadAsync(path);
        Assert.Equal("active", (string?)project["status"]);
        Assert.Equal("2000000.00", (string?)project["budget"]![0]!["amount"]);
        var participants = (await Http.ReadAsync($"{path}/participants"))["participants"]!.AsArray();
        Assert.Equal(["5001", "5028"], participants.Select(p => (string)p!["kommunenummer"]!));
        Assert.Equal("participant", (string?)participants[1]!["role"]);

        var cancelled = await Http.ApiPostAsync($"{path}/status", new { status = "cancelled" });
        Assert.Equal("cancelled", (string?)cancelled.Json["status"]);
        var reopened = await Http.ApiPostAsync($"{path}/status", new { status = "active" });
        Assert.Equal(HttpStatusCode.Conflict, reopened.Status);
    }
}
