using System.Net;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>Membership periods over HTTP: several per body, members on a day, county councils by organisation number.</summary>
[Collection(ApiCollection.Name)]
public sealed class MemberPeriodsApiTests(ApiFixture fixture)
{
    private const string Forum = "/api/forums/gateway-periods";

    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task A_body_holds_several_periods_and_members_on_a_day_answer_with_names()
    {
        await Http.ApiPutAsync(Forum, new { name = "Periodeforum", kind = "council", casePrefix = "PF" });
        await Http.ApiPutAsync("/api/organisations/817920632", new { name = "Trøndelag fylkeskommune", kind = "countycouncil", county = "Trøndelag" });
        var observer = await Http.ApiPostAsync($"{Forum}/members",
            new { kommunenummer = "5028", role = "observer", from = "2009-04-24", until = "2013-12-31", decision = "Regionrådet 24.04.2009" });
        await Http.ApiPostAsync($"{Forum}/members", new { kommunenummer = "5028", from = "2014-01-01", until = "2019-12-31" });
        await Http.ApiPostAsync($"{Forum}/members", new { kommunenummer = "5028", role = "observer", from = "2022-01-01" });
        var county = await Http.ApiPostAsync($"{Forum}/members", new { organisationNumber = "817 920 632", from = "2018-01-01" });

        Assert.Equal(HttpStatusCode.Created, observer.Status);
        Assert.Equal($"{Forum}/members/5028?period=2009-04-24", observer.Location);
        Assert.Equal("Melhus", (string?)observer.Json["name"]);
        Assert.Equal(HttpStatusCode.Created, county.Status);
        Assert.Equal("817920632", (string?)county.Json["organisationNumber"]);
        Assert.Equal("Trøndelag fylkeskommune", (string?)county.Json["name"]);

        Assert.Equal(["observer"], await RolesOn("2010-06-01"));
        Assert.Equal(["member"], await RolesOn("2014-01-01"));
        Assert.Equal(["817920632"], await BodiesOn("2021-01-01"));
        Assert.Equal(["5028", "817920632"], await BodiesOn("2022-01-01"));
        Assert.Equal(4, (await Http.ReadAsync($"{Forum}/members"))["members"]!.AsArray().Count);

        var first = await Http.ReadAsync($"{Forum}/members/5028?period=2009-04-24");
        Assert.Equal("Regionrådet 24.04.2009", (string?)first["decision"]);
        Assert.Equal("2022-01-01", (string?)(await Http.ReadAsync($"{Forum}/members/5028"))["from"]);
        var melhus = (await Http.ReadAsync("/api/municipalities/5028"))["forums"]!.AsArray().Where(f => (string?)f!["forumId"] == "gateway-periods");
        Assert.Equal(3, melhus.Count());
    }

    [Fact]
    public async Task One_period_is_patched_by_its_first_day_and_an_overlap_changes_nothing()
    {
        const string forum = "/api/forums/gateway-periods-patch";
        await Http.ApiPutAsync(forum, new { name = "Periodeforum", kind = "council", casePrefix = "PP" });
        await Http.ApiPostAsync($"{forum}/members", new { kommunenummer = "5001", role = "observer", from = "2009-01-01", until = "2009-12-31" });
        await Http.ApiPostAsync($"{forum}/members", new { kommunenummer = "5001", from = "2010-01-01" });

        var patched = await Http.ApiPatchAsync($"{forum}/members/5001?period=2009-01-01", new { decision = "Sak 3/09" });
        var overlap = await Http.ApiPatchAsync($"{forum}/members/5001?period=2009-01-01", new { until = "2010-06-30" });

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("observer", (string?)patched.Json["role"]);
        Assert.Equal(HttpStatusCode.Conflict, overlap.Status);
        Assert.Equal("2009-12-31", (string?)(await Http.ReadAsync($"{forum}/members/5001?period=2009-01-01"))["until"]);
        Assert.Equal("Sak 3/09", (string?)(await Http.ReadAsync($"{forum}/members/5001?period=2009-01-01"))["decision"]);
    }

    private async Task<string[]> RolesOn(string day) =>
        [.. (await Http.ReadAsync($"{Forum}/members?on={day}"))["members"]!.AsArray().Select(m => (string)m!["role"]!)];

    private async Task<string[]> BodiesOn(string day) =>
        [.. (await Http.ReadAsync($"{Forum}/members?on={day}"))["members"]!.AsArray()
            .Select(m => (string?)m!["kommunenummer"] is { Length: > 0 } k ? k : (string)m!["organisationNumber"]!)];
}
