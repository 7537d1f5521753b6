namespace Collaboration.Gateway.Tests.Http;

/// <summary>Each bad request is answered 4xx with a problem+json naming the field, and changes nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture fixture)
{
    private const string Forum = $"/api/forums/{ApiFixture.Directors}";
    private const string Meeting = $"{Forum}/meetings/{ApiFixture.Meeting}";
    private const string Project = $"/api/projects/{ApiFixture.Project}";

    // What the API shows; compared before and after each bad request.
    private static readonly string[] Observed =
    [
        "/api/municipalities", "/api/organisations", "/api/forums", Forum, $"{Forum}/meetings", $"{Forum}/follow-ups", "/api/projects", Project,
    ];

    public static TheoryData<string, string, string, object?, int, string?> Cases() => new()
    {
        { "kommunenummer of three digits", "PUT", "/api/municipalities/501", new { name = "X", county = "Trøndelag" }, 400, "kommunenummer" },
        { "kommunenummer with letters", "PUT", "/api/municipalities/50a1", new { name = "X", county = "Trøndelag" }, 400, "kommunenummer" },
        { "kommunenummer of no county", "PUT", "/api/municipalities/0101", new { name = "X", county = "Trøndelag" }, 400, "kommunenummer" },
        { "municipality without name", "PUT", "/api/municipalities/5001", new { name = "", county = "Trøndelag" }, 400, "name" },
        { "negative population", "PUT", "/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag", population = new { count = -5, year = 2022 } }, 400, "population.count" },
        { "population year out of range", "PUT", "/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag", population = new { count = 5, year = 1700 } }, 400, "population.year" },
        { "malformed JSON", "PUT", "/api/municipalities/5001", "{\"name\": \"Trondheim\",", 400, null },
        { "number of the wrong type", "PUT", Project, "{\"title\": \"X\", \"budget\": [{\"year\": \"twenty\", \"amount\": \"5\"}]}", 400, "budget[0].year" },
        { "object where a list belongs", "PUT", Project, "{\"title\": \"X\", \"themes\": {\"a\": 1}}", 400, "themes" },
        { "number where text belongs", "PUT", "/api/municipalities/5001", "{\"name\": 5001, \"county\": \"Trøndelag\"}", 400, "name" },
        { "case year that is not a number", "GET", $"{Forum}/cases/twenty/27", null, 400, null },
        { "unknown forum kind", "PUT", Forum, new { name = "KF", kind = "kouncil", casePrefix = "KF", parentId = ApiFixture.Council }, 400, "kind" },
        { "lower-case case prefix", "PUT", Forum, new { name = "KF", kind = "directors", casePrefix = "kf", parentId = ApiFixture.Council }, 400, "casePrefix" },
        { "forum id with capitals", "PUT", "/api/forums/Gateway_Test", new { name = "X", kind = "council", casePrefix = "X" }, 400, "id" },
        { "forum id that is a route word", "PUT", "/api/forums/meetings", new { name = "X", kind = "council", casePrefix = "X" }, 400, "id" },
        { "parent forum that does not exist", "PUT", "/api/forums/orphan/child", new { name = "X", kind = "network", casePrefix = "X", parentId = "orphan" }, 400, "parentId" },
        { "member kommunenummer too short", "POST", $"{Forum}/members", new { kommunenummer = "12", from = "2022-01-01" }, 400, "kommunenummer" },
        { "member from an impossible date", "POST", $"{Forum}/members", new { kommunenummer = "5028", from = "2022-13-01" }, 400, "from" },
        { "membership ending before it starts", "POST", $"{Forum}/members", new { kommunenummer = "5028", from = "2022-01-01", until = "2021-12-31" }, 400, "until" },
        { "misspelt field", "POST", $"{Forum}/members", new { kommunenummer = "5028", from = "2022-01-01", untill = "2022-12-31" }, 400, "untill" },
        { "unknown membership role", "POST", $"{Forum}/members", new { kommunenummer = "5028", role = "boss", from = "2022-01-01" }, 400, "role" },
        { "overlapping membership period", "POST", $"{Forum}/members", new { kommunenummer = "5001", from = "2021-01-01" }, 409, "from" },
        { "member organisation number failing its check", "POST", $"{Forum}/members", new { organisationNumber = "938634557", from = "2022-01-01" }, 400, "organisationNumber" },
        { "member both municipality and organisation", "POST", $"{Forum}/members", new { kommunenummer = "5028", organisationNumber = "817920632", from = "2022-01-01" }, 400, "kommunenummer" },
        { "members on an impossible day", "GET", $"{Forum}/members?on=2022-02-30", null, 400, "on" },
        { "member period that is no date", "GET", $"{Forum}/members/5001?period=soon", null, 400, "period" },
        { "member not registered", "POST", $"{Forum}/members", new { kommunenummer = "5061", from = "2022-01-01" }, 400, "kommunenummer" },
        { "meeting date in Norwegian form", "POST", $"{Forum}/meetings", new { date = "03.06.2022" }, 400, "date" },
        { "meeting ending before it starts", "POST", $"{Forum}/meetings", new { date = "2022-09-01", starts = "11:00", ends = "08:30" }, 400, "ends" },
        { "meeting ending before its first day", "POST", $"{Forum}/meetings", new { date = "2022-09-02", lastDay = "2022-09-01" }, 400, "lastDay" },
        { "unknown meeting status", "POST", $"{Forum}/meetings", new { date = "2022-09-01", status = "postponed" }, 400, "status" },
        { "meeting time without colon", "POST", $"{Forum}/meetings", new { date = "2022-09-01", starts = "8.30" }, 400, "starts" },
        { "agenda item without title", "POST", $"{Meeting}/agenda-items", new { title = " " }, 400, "title" },
        { "malformed case reference", "POST", $"{Meeting}/agenda-items", new { title = "Sak", references = new[] { "TR49/21" } }, 400, "references[0]" },
        { "follow-up without a real deadline", "POST", $"{Meeting}/agenda-items", new { title = "Sak", followUps = new[] { new { what = "Meld tilbake", deadline = "tomorrow" } } }, 400, "followUps[0].deadline" },
        { "imported number of another forum", "POST", $"{Meeting}/agenda-items", new { title = "Sak", caseNumber = "TR 1/22" }, 400, "caseNumber" },
        { "imported number already used", "POST", $"{Meeting}/agenda-items", new { title = "Sak", caseNumber = "KF 22/22" }, 409, "caseNumber" },
        { "agenda item for an unknown meeting", "POST", $"{Forum}/meetings/2030-01-01/agenda-items", new { title = "Sak" }, 404, null },
        { "unknown follow-up status filter", "GET", $"{Forum}/follow-ups?status=late", null, 400, "status" },
        { "follow-up set to overdue by hand", "PUT", $"{Forum}/follow-ups/1/status", new { status = "overdue" }, 400, "status" },
        { "negative budget", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = "-5" } } }, 400, "budget[0].amount" },
        { "amount with three decimals", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = "1.234" } } }, 400, "budget[0].amount" },
        { "amount in exponent form", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = "1e5" } } }, 400, "budget[0].amount" },
        { "amount with a decimal comma", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = "1,5" } } }, 400, "budget[0].amount" },
        { "amount with a space", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = " 5" } } }, 400, "budget[0].amount" },
        { "amount left empty", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = "" } } }, 400, "budget[0].amount" },
        { "amount as a JSON number", "PUT", Project, new { title = "X", budget = new[] { new { year = 2022, amount = 150000.5 } } }, 400, "budget[0].amount" },
        { "project ending before it starts", "PUT", Project, new { title = "X", start = "2023-01-01", end = "2022-12-31" }, 400, "end" },
        { "theme that is not a word", "PUT", Project, new { title = "X", themes = new[] { "Næring!" } }, 400, "themes[0]" },
        { "owner forum that does not exist", "PUT", Project, new { title = "X", ownerForumId = "nowhere" }, 400, "ownerForumId" },
        { "unknown project status", "POST", $"{Project}/status", new { status = "finished" }, 400, "status" },
        { "status transition skipping steps", "POST", $"{Project}/status", new { status = "completed" }, 409, "status" },
        { "project id with spaces", "PUT", "/api/projects/Bad%20Id", new { title = "X" }, 400, "id" },
        { "project id of one space", "PUT", "/api/projects/%20", new { title = "X" }, 400, "id" },
        { "participant of a project id of one space", "DELETE", "/api/projects/%20/participants/5001", null, 400, "id" },
        { "joint project key of an id of one space", "PUT", "/api/joint-projects/%20/key", new { }, 400, "id" },
        { "joint project key adopted for an id of one space", "POST", "/api/joint-projects/%20/key/adopt", new { }, 400, "id" },
        { "project id with a control character", "PUT", "/api/projects/a%01b", new { title = "X" }, 400, "id" },
        { "project id of 5000 characters", "PUT", $"/api/projects/{new string('a', 5000)}", new { title = "X" }, 400, "id" },
        { "project id that is an emoji", "PUT", "/api/projects/%F0%9F%8E%89", new { title = "X" }, 400, "id" },
        { "forum id of tabs", "POST", "/api/forums/%09%09/meetings", new { date = "2022-09-01" }, 400, "id" },
        { "body id of spaces", "PUT", "/api/hearings/x/answers/%20%20", new { }, 400, "bodyId" },
        { "unknown project", "GET", "/api/projects/no-such-project", null, 404, null },
        { "unknown route", "GET", "/api/nothing-here", null, 404, null },
        { "municipality's organisation number failing the check", "PUT", "/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag", organisationNumber = "942110465" }, 400, "organisationNumber" },
        { "municipality's organisation number of eight digits", "PUT", "/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag", organisationNumber = "94211046" }, 400, "organisationNumber" },
        { "organisation number failing the check", "PUT", "/api/organisations/817920633", new { name = "X", kind = "countycouncil" }, 400, "organisationNumber" },
        { "organisation number with a letter", "PUT", "/api/organisations/81792063x", new { name = "X", kind = "countycouncil" }, 400, "organisationNumber" },
        { "unknown organisation kind", "PUT", "/api/organisations/817920632", new { name = "X", kind = "county" }, 400, "kind" },
        { "organisation without a name", "PUT", "/api/organisations/817920632", new { name = "", kind = "countycouncil" }, 400, "name" },
        { "successor that is no body id", "PUT", "/api/organisations/938634556", new { name = "X", kind = "countycouncil", dissolved = "2017-12-31", successor = "817920633" }, 400, "successor" },
        { "successor of a body not dissolved", "PUT", "/api/organisations/938634556", new { name = "X", kind = "countycouncil", successor = "817920632" }, 400, "successor" },
        { "organisation succeeding itself", "PUT", "/api/organisations/938634556", new { name = "X", kind = "countycouncil", dissolved = "2017-12-31", successor = "938634556" }, 400, "successor" },
        { "unknown organisation", "GET", "/api/organisations/938634556", null, 404, null },
        { "participant with a number failing the check", "PUT", $"{Project}/participants/817920633", new { }, 400, "kommunenummer" },
        { "participant organisation not registered", "PUT", $"{Project}/participants/938634556", new { }, 400, "kommunenummer" },
        { "participant municipality not registered", "PUT", $"{Project}/participants/5061", new { }, 400, "kommunenummer" },
        { "text longer than allowed", "PUT", "/api/municipalities/5001", new { name = new string('x', 101), county = "Trøndelag" }, 400, "name" },
        { "list page of no projects", "GET", "/api/projects?limit=0", null, 400, "limit" },
        { "list page over the most", "GET", "/api/forums?limit=1001", null, 400, "limit" },
        { "list page of a negative size", "GET", "/api/municipalities?limit=-5", null, 400, "limit" },
        { "list page of a negative size of organisations", "GET", "/api/organisations?limit=-1", null, 400, "limit" },
        { "oversized body", "PUT", Project, new { title = "X", description = new string('x', 2 * 1024 * 1024) }, 413, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_with_a_problem_and_changes_nothing(string why, string method, string path, object? body, int status, string? field)
    {
        var before = await SnapshotAsync();

        var answer = await fixture.Http.SendJsonAsync(new HttpMethod(method), path, body);

        Assert.True((int)answer.Status == status, $"{why}: expected {status}, got {(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(status, (int)answer.Json["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)answer.Json["detail"]), why);
        Assert.DoesNotContain("   at ", answer.Json.ToJsonString());
        if (field is not null)
        {
            Assert.Equal(field, (string?)answer.Json["field"]);
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public void The_table_has_at_least_25_cases() => Assert.True(Cases().Count >= 25);

    private async Task<string> SnapshotAsync()
    {
        var parts = await Task.WhenAll(Observed.Select(async path => (await fixture.Http.ReadAsync(path)).ToJsonString()));
        return string.Join('\n', parts);
    }
}
