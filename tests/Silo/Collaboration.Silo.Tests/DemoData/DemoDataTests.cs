using System.Globalization;
using System.Text.Json.Nodes;
using Collaboration.Silo.DemoData;

namespace Collaboration.Silo.Tests.DemoData;

/// <summary>The demo data set from the 3 June 2022 minutes and the 2009 talk, loaded by the run command.</summary>
public sealed class DemoDataTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private const string Directors = "/api/forums/trondheimsregionen/kommunedirektorforum";

    private HttpClient Http => fixture.Silo.Http;

    [Fact]
    public async Task KF_27_22_asks_each_member_municipality_to_answer_by_15_June()
    {
        var jordvern = await Http.ReadAsync($"{Directors}/cases/2022/27");

        Assert.Equal("KF 27/22", (string?)jordvern["caseNumber"]);
        Assert.Contains("jordvernstrategier", (string?)jordvern["title"]);
        Assert.Equal("Esther Balvers", (string?)jordvern["presenter"]);
        var followUps = jordvern["followUps"]!.AsArray();
        Assert.Equal(["5001", "5027", "5028", "5029", "5031", "5035", "5054", "5059"], followUps.Select(f => (string)f!["owner"]!).Order(StringComparer.Ordinal));
        Assert.All(followUps, f =>
        {
            Assert.StartsWith("2022-06-15", (string?)f!["deadline"]);
            Assert.Equal("Esther Balvers", (string?)f["assignee"]);
            Assert.Equal("overdue", (string?)f["status"]);
        });
        Assert.Contains(followUps, f => (string?)f!["ownerName"] == "Skaun");
    }

    [Fact]
    public async Task Every_action_of_the_minutes_is_a_follow_up()
    {
        async Task<string[]> Actions(int sequence) =>
            [.. (await Http.ReadAsync($"{Directors}/cases/2022/{sequence}"))["followUps"]!.AsArray().Select(f => (string)f!["what"]!)];

        var fees = await Actions(23);
        Assert.Contains(fees, w => w.Contains("nye medlemsavgifter fra 2023", StringComparison.Ordinal));
        Assert.Contains(fees, w => w.Contains("felles møte for formannskapene", StringComparison.Ordinal));
        Assert.Contains("finansiering og organisering", Assert.Single(await Actions(24)));
        Assert.Contains("dialogen med Trondheim kommune", Assert.Single(await Actions(25)));
        Assert.Equal(8, (await Actions(27)).Length);
        Assert.Empty(await Actions(22));
        var all = (await Http.ReadAsync($"{Directors}/follow-ups"))["followUps"]!.AsArray();
        Assert.Equal(12, all.Count);
        Assert.All(all.Where(f => (string?)f!["caseNumber"] != "KF 27/22"), f => Assert.Equal("Bård Eidet", (string?)f!["owner"]));
    }

    [Fact]
    public async Task KF_26_22_is_forwarded_to_Regionradet_of_17_June_2022_and_TR_49_21_is_not_registered()
    {
        var strategy = await Http.ReadAsync($"{Directors}/cases/2022/26");
        var to = Assert.Single(strategy["referredBy"]!.AsArray(), r => (string?)r!["relation"] == "forwardedto")!;
        var forwarded = await Http.ReadAsync((string)to["path"]!);

        Assert.StartsWith("/api/forums/trondheimsregionen/cases/2022/", (string?)to["path"]);
        Assert.Equal("2022-06-17", (string?)forwarded["meetingId"]);
        Assert.Equal(strategy["title"]!.ToString(), (string?)forwarded["title"]);
        Assert.Equal("forwardedfrom", (string?)forwarded["links"]![0]!["relation"]);
        Assert.Contains(forwarded["caseNumber"]!.ToString(),
            (await Http.ReadAsync("/api/forums/trondheimsregionen/meetings/2022-06-17"))["agendaItems"]!.AsArray().Select(i => (string)i!["caseNumber"]!));

        var tr4921 = Assert.Single((await Http.ReadAsync($"{Directors}/cases/2022/23"))["links"]!.AsArray())!;
        Assert.Equal(("TR 49/21", false), ((string?)tr4921["caseNumber"], (bool)tr4921["registered"]!));
    }

    [Fact]
    public async Task The_meeting_of_3_June_2022_has_cases_KF_22_to_31()
    {
        var meeting = await Http.ReadAsync($"{Directors}/meetings/2022-06-03");

        var numbers = meeting["agendaItems"]!.AsArray().Select(i => (string)i!["caseNumber"]!);
        Assert.Equal(Enumerable.Range(22, 10).Select(n => $"KF {n}/22"), numbers);
        Assert.Equal("08:30", (string?)meeting["starts"]);
        Assert.Contains("Bård Eidet", meeting["attendees"]!.AsArray().Select(a => (string)a!));
        Assert.Contains("Tor Jakob Reitan", meeting["absent"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("TR 49/21", (string?)(await Http.ReadAsync($"{Directors}/cases/2022/23"))["references"]![0]);
    }

    [Fact]
    public async Task The_meetings_the_minutes_name_are_on_record()
    {
        Assert.Equal("held", (string?)(await Http.ReadAsync($"{Directors}/meetings/2022-03-17"))["status"]);
        Assert.Equal("held", (string?)(await Http.ReadAsync("/api/forums/trondheimsregionen/meetings/2022-06-17"))["status"]);
        var joint = await Http.ReadAsync("/api/forums/trondheimsregionen/meetings/2022-09-01");
        Assert.Equal(("planned", "2022-09-02", "Felles møte for formannskapene"), ((string?)joint["status"], (string?)joint["lastDay"], (string?)joint["title"]));
    }

    [Fact]
    public async Task Trondheimsregionen_has_its_eight_members_and_the_projects_the_documents_name()
    {
        var members = await Http.ReadAsync("/api/forums/trondheimsregionen/members?on=2022-06-03");
        Assert.Equal(["5001", "5027", "5028", "5029", "5031", "5035", "5054", "5059"], members["members"]!.AsArray().Select(m => (string)m!["kommunenummer"]!));

        var indreFosen = await Http.ReadAsync("/api/municipalities/5054");
        Assert.True(indreFosen["forums"]!.AsArray().Count >= 2, "Indre Fosen is a double member");

        var projects = (await Http.ReadAsync("/api/projects?limit=1000"))["projects"]!.AsArray().Select(p => (string)p!["id"]!).ToList();
        Assert.Contains("talent-attraction-management", projects);
        Assert.Contains("interkommunal-arealplan", projects);
        Assert.Contains("jordvern-strategier", projects);
    }

    [Fact]
    public async Task The_membership_of_2009_has_its_observers_and_the_county_and_mergers_end_periods()
    {
        var in2009 = (await Http.ReadAsync("/api/forums/trondheimsregionen/members?on=2009-06-11"))["members"]!.AsArray();
        string[] Named(string role) => [.. in2009.Where(m => (string?)m!["role"] == role).Select(m => (string)m!["name"]!).Order(StringComparer.Ordinal)];

        Assert.Equal(["Leksvik", "Nord-Trøndelag fylkeskommune", "Rissa", "Selbu"], Named("observer"));
        Assert.Equal(["Klæbu", "Malvik", "Melhus", "Midtre Gauldal", "Orkdal", "Skaun", "Stjørdal", "Sør-Trøndelag fylkeskommune", "Trondheim"], Named("member"));
        var klaebu = await Http.ReadAsync("/api/forums/trondheimsregionen/members/958731469");
        Assert.Equal("2019-12-31", (string?)klaebu["until"]);
        Assert.Equal("Vedtekter vedtatt i Regionrådet 24.04.2009", (string?)klaebu["decision"]);
        var rissa = (await Http.ReadAsync("/api/forums/trondheimsregionen/members"))["members"]!.AsArray().Where(m => (string?)m!["organisationNumber"] == "944305483");
        Assert.Equal(["observer", "member"], rissa.Select(m => (string)m!["role"]!));

        var statutes = await Http.ReadAsync("/api/forums/trondheimsregionen/cases/2009/1");
        Assert.Equal("2009-04-24", (string?)statutes["meetingId"]);
        Assert.Contains("Observatører: Selbu, Rissa, Leksvik og Nord-Trøndelag fylkeskommune", (string?)statutes["decision"]![0]);
    }

    [Fact]
    public async Task The_county_councils_and_former_municipalities_are_organisations_and_municipalities_carry_their_numbers()
    {
        var trondheim = await Http.ReadAsync("/api/municipalities/5001");
        Assert.Equal("942110464", (string?)trondheim["organisationNumber"]);

        var county = await Http.ReadAsync("/api/organisations/817920632");
        Assert.Equal("Trøndelag fylkeskommune", (string?)county["name"]);
        Assert.Equal("countycouncil", (string?)county["kind"]);
        Assert.Equal("Trøndelag", (string?)county["county"]);
        Assert.Null(county["dissolved"]);

        var sorTrondelag = await Http.ReadAsync("/api/organisations/938634556");
        Assert.Equal("2017-12-31", (string?)sorTrondelag["dissolved"]);
        Assert.Equal("817920632", (string?)sorTrondelag["successor"]);

        // Indre Fosen carried on Rissa's legal entity, so both registers hold the number.
        var rissa = await Http.ReadAsync("/api/organisations/944305483");
        Assert.Equal("municipality", (string?)rissa["kind"]);
        Assert.Equal("5054", (string?)rissa["successor"]);
        Assert.Equal("944305483", (string?)(await Http.ReadAsync("/api/municipalities/5054"))["organisationNumber"]);

        var numbers = (await Http.ReadAsync("/api/organisations?limit=1000"))["organisations"]!.AsArray().Select(o => (string)o!["organisationNumber"]!);
        Assert.Equal(["817920632", "938634556", "938967091", "944305483", "944426124", "958731469", "958731558"], numbers);
        var municipalities = (await Http.ReadAsync("/api/municipalities?limit=1000"))["municipalities"]!.AsArray();
        Assert.All(municipalities, m => Assert.True(OrganisationNumber.IsValid((string?)m!["organisationNumber"]), $"{m!["kommunenummer"]} has no valid organisation number"));
    }

    [Fact]
    public async Task The_fee_proposals_for_2023_raise_revenue_as_the_minutes_expect()
    {
        var comparison = await Http.ReadAsync("/api/fees/trondheimsregionen/2023/comparison");
        var previous = decimal.Parse((string)comparison["previousRevenue"]!, CultureInfo.InvariantCulture);

        var scenarios = comparison["scenarios"]!.AsArray();
        Assert.Equal(2, scenarios.Count);
        Assert.All(scenarios, s => Assert.True(decimal.Parse((string)s!["revenue"]!, CultureInfo.InvariantCulture) > previous,
            $"{s!["model"]} raises no revenue over {previous}: {s["revenue"]}"));
    }

    [Fact]
    public async Task Loading_it_again_changes_nothing()
    {
        var before = await SnapshotAsync();

        var requests = 0;
        foreach (var file in new[] { new DemoDataOptions().File, Path.Combine("DemoData", "funding.json"), Path.Combine("DemoData", "hearings.json"), Path.Combine("DemoData", "membership-fees.json"), Path.Combine("DemoData", "joint-projects.json") })
        {
            requests += await new DemoDataSet(Http).LoadAsync(Path.Combine(AppContext.BaseDirectory, file), CancellationToken.None);
        }

        Assert.True(requests > 150);
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        string[] paths =
        [
            "/api/municipalities", "/api/organisations", "/api/forums", "/api/projects", $"{Directors}/meetings", $"{Directors}/follow-ups",
            "/api/funding/calls", "/api/funding/calls/jordvern-2022/applications", "/api/funding/applications/jordvern-2022-trondheimsregionen",
            "/api/fees/trondheimsregionen/2022", "/api/fees/trondheimsregionen/2022/invoices", "/api/fees/trondheimsregionen/2023",
            "/api/joint-projects/interkommunal-arealplan", "/api/joint-projects/naeringsplan", "/api/joint-projects/befolknings-og-bosettingsanalyse",
            "/api/hearings", "/api/forums/trondheimsregionen/cases?year=2009",
        ];
        var parts = await Task.WhenAll(paths.Select(Http.ReadAsync));

        // What the objects say, not how often they were stored: a repeated PUT still counts a version.
        return System.Text.RegularExpressions.Regex.Replace(new JsonArray([.. parts]).ToJsonString(), "\"version\":\\d+", "\"version\":0");
    }
}
