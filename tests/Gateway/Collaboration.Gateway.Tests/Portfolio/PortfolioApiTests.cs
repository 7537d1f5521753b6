using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Collaboration.Api.V1;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Grpc.Core;

namespace Collaboration.Gateway.Tests.Portfolio;

/// <summary>The portfolio of the demo data over real HTTP and gRPC: what a new user sees after the run command.</summary>
public sealed class PortfolioApiTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private HttpClient Http => fixture.Http;

    private static IEnumerable<JsonNode> Entries(JsonNode view) => view["entries"]!.AsArray().Select(e => e!);

    [Fact]
    public async Task The_demo_data_shows_its_projects_joint_projects_and_applications()
    {
        var view = await Http.ReadAsync("/api/portfolio?limit=1000");

        Assert.True((bool)view["complete"]!);
        var demo = Entries(view).Where(e => !((string)e["key"]!).StartsWith("project/portfolio-", StringComparison.Ordinal)); // not made by the test below
        var kinds = demo.GroupBy(e => (string)e["kind"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["project"] = 6, ["jointproject"] = 3, ["application"] = 4 }, kinds);
        var ikap = Entries(view).Single(e => (string)e["key"]! == "project/interkommunal-arealplan");
        Assert.Equal(7, ikap["participants"]!.AsArray().Count);
        var klimasats = Entries(view).Single(e => (string)e["key"]! == "application/klimasats-2022-utslippsfrie-byggeplasser");
        Assert.Equal("960000.00", (string?)klimasats["granted"]);
        Assert.Equal("trondheimsregionen", (string?)klimasats["ownerForumId"]);
    }

    [Fact]
    public async Task Each_area_brings_its_own_words_to_the_vocabulary()
    {
        var vocabulary = await Http.ReadAsync("/api/portfolio/vocabulary");

        static Dictionary<string, string> Words(JsonNode group) =>
            group.AsArray().ToDictionary(w => (string)w!["value"]!, w => (string)w!["label"]!);
        var kinds = Words(vocabulary["kinds"]!);
        Assert.Equal("Prosjekt", kinds["project"]);
        Assert.Equal("Interkommunalt prosjekt", kinds["jointproject"]);
        Assert.Equal("Søknad", kinds["application"]);
        Assert.Equal("Aktiv", Words(vocabulary["statuses"]!)["active"]);
        Assert.Equal("Innvilget", Words(vocabulary["statuses"]!)["granted"]);
        Assert.Equal("takket nei", Words(vocabulary["roles"]!)["declined"]);
        Assert.Equal("Utlysning stenger", Words(vocabulary["deadlineKinds"]!)["callclosing"]);
        Assert.Equal("Oppfølging forfaller", Words(vocabulary["deadlineKinds"]!)["followupdue"]);
    }

    [Fact]
    public async Task The_csv_export_says_each_kind_and_status_in_the_words_of_its_area()
    {
        var csv = await Http.GetStringAsync(new Uri("/api/portfolio/export.csv?kind=application&kind=jointproject", UriKind.Relative));

        Assert.Contains(";Søknad;", csv, StringComparison.Ordinal);
        Assert.Contains(";Interkommunalt prosjekt;", csv, StringComparison.Ordinal);
        Assert.Contains(";Innvilget;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_are_the_sums_of_the_matching_entries_whatever_the_page()
    {
        var all = await Http.ReadAsync("/api/portfolio?theme=klima&limit=1000");
        var page = await Http.ReadAsync("/api/portfolio?theme=klima&limit=1&sort=granted&order=desc");

        Assert.Equal(Entries(all).Count(), (int)page["count"]!);
        Assert.Equal(Entries(all).Sum(e => e["granted"].Amount()), page["total"]!["granted"].Amount());
        Assert.Equal(Entries(all).Sum(e => e["budget"].Amount()), page["total"]!["budget"].Amount());
        Assert.Equal(Entries(all).Max(e => e["granted"].Amount()), Entries(page).Single()["granted"].Amount());
        Assert.All(Entries(all), e => Assert.Contains("klima", e["themes"]!.AsArray().Select(t => (string)t!)));
    }

    [Fact]
    public async Task A_municipality_filter_finds_what_it_takes_part_in_and_not_an_invitation_that_expired()
    {
        var stjordal = await Http.ReadAsync("/api/portfolio?kommunenummer=5035&kind=application&limit=1000");

        var keys = Entries(stjordal).Select(e => (string)e["key"]!).ToList();
        Assert.Contains("application/klimasats-2022-utslippsfrie-byggeplasser", keys); // takes part
        Assert.DoesNotContain("application/jordvern-2022-trondheimsregionen", keys); // never answered; expired when the call closed
        Assert.DoesNotContain("application/klimasats-2022-klimaregnskap", keys); // never invited
        var own = stjordal["byMunicipality"]!.AsArray().Single(t => (string)t!["key"]! == "5035")!;
        Assert.Equal("200000.00", (string?)own["granted"]); // its pro-rata part of the 960 000 granted to Klimasats
    }

    [Fact]
    public async Task Deadlines_list_calls_closing_and_an_invitation_that_expired_at_its_calls_deadline_is_not_overdue()
    {
        var ahead = (await Http.ReadAsync("/api/portfolio/deadlines?days=3660"))["deadlines"]!.AsArray();
        Assert.Contains(ahead, d => (string)d!["kind"]! == "callclosing" && (string)d["reference"]! == "talent-attraction-2023");
        Assert.DoesNotContain(ahead, d => (string)d!["kind"]! == "followupdue");

        // Stjørdal never answered the jordvern invitation: it expired when the call closed on 1 October 2022.
        var overdue = (await Http.ReadAsync("/api/portfolio/deadlines?days=3660&overdue=true&kommunenummer=5035"))["deadlines"]!.AsArray();
        Assert.DoesNotContain(overdue, d => (string)d!["kind"]! == "invitationunanswered");
        Assert.DoesNotContain(overdue, d => (string?)d!["entryKey"] == "application/jordvern-2022-trondheimsregionen");
    }

    [Fact]
    public async Task An_entry_has_its_decisions_and_participants()
    {
        var details = await Http.ReadAsync("/api/portfolio/entries/project/talent-attraction-management");

        Assert.Equal("KF 24/22", (string?)details["entry"]!["lastDecision"]);
        var decision = Assert.Single(details["decisions"]!.AsArray())!;
        Assert.Equal("2022-06-03", (string?)decision["date"]);
        Assert.Equal("trondheimsregionen/kommunedirektorforum", (string?)decision["forumId"]);
        Assert.Equal(8, details["entry"]!["participants"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_change_through_the_api_shows_in_the_next_query()
    {
        var id = $"portfolio-{Guid.NewGuid():N}"[..24];
        await Http.ApiPutAsync($"/api/projects/{id}", new { title = $"Ny idé {id}", themes = new[] { "innovasjon" }, start = "2026-01-01" });
        await Http.ApiPutAsync($"/api/projects/{id}/participants/5001", new { role = "lead" });
        await Http.ApiPostAsync($"/api/projects/{id}/status", new { status = "planned" });

        var entry = Entries(await Http.ReadAsync($"/api/portfolio?q={id}")).Single();
        Assert.Equal("planned", (string?)entry["status"]);
        Assert.Equal("lead", (string?)entry["participants"]![0]!["role"]);
    }

    [Theory]
    [InlineData("/api/portfolio?theme=KLIMA", "theme[0]")]
    [InlineData("/api/portfolio?status=Active", "status[0]")]
    [InlineData("/api/portfolio?kommunenummer=12", "kommunenummer[0]")]
    [InlineData("/api/portfolio?forum=Bad%20Forum", "forum[0]")]
    [InlineData("/api/portfolio?kind=programme", "kind[0]")]
    [InlineData("/api/portfolio?year=3000", "year")]
    [InlineData("/api/portfolio?sort=cost", "sort")]
    [InlineData("/api/portfolio?order=up", "order")]
    [InlineData("/api/portfolio?limit=0", "limit")]
    [InlineData("/api/portfolio?limit=1001", "limit")]
    [InlineData("/api/portfolio?offset=-1", "offset")]
    [InlineData("/api/portfolio?q=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "q")]
    [InlineData("/api/portfolio/participation?theme=K", "theme[0]")]
    [InlineData("/api/portfolio/deadlines?days=0", "days")]
    [InlineData("/api/portfolio/deadlines?kommunenummer=9999", "kommunenummer")]
    [InlineData("/api/portfolio/export.csv?year=1", "year")]
    [InlineData("/api/portfolio/export.xlsx?kind=x", "kind[0]")]
    [InlineData("/api/portfolio/entries/programme/ikap", "kind")]
    [InlineData("/api/portfolio/entries/project/Not%20A%20Slug", "id")]
    public async Task Bad_input_is_a_problem_naming_the_field(string path, string field)
    {
        var answer = await Http.ApiGetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.NotNull(answer.Json["errors"]![field]);
    }

    [Fact]
    public async Task An_unknown_entry_is_404()
    {
        var answer = await Http.ApiGetAsync("/api/portfolio/entries/project/no-such-project");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task The_csv_export_has_a_header_and_one_line_per_matching_entry()
    {
        var count = (int)(await Http.ReadAsync("/api/portfolio?kind=jointproject"))["count"]!;
        using var response = await Http.GetAsync("/api/portfolio/export.csv?kind=jointproject&sort=budget&order=desc");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nøkkel;Type;Tittel;Status", lines[0]);
        Assert.Equal(count + 1, lines.Length);
        Assert.Contains(";Interkommunalt prosjekt;Interkommunal arealplan for Trondheimsregionen (IKAP);Fullført;", lines[1]);
        Assert.Contains("Trondheim", lines[1]); // participants by name
        Assert.Contains(";2000000,00;", lines[1]);
    }

    [Fact]
    public async Task The_xlsx_export_is_a_workbook_with_amounts_as_numbers()
    {
        var view = await Http.ReadAsync("/api/portfolio?theme=klima&sort=title");
        using var response = await Http.GetAsync("/api/portfolio/export.xlsx?theme=klima&sort=title");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal((int)view["count"]! + 1, rows.Count);
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal((string)Entries(view).First()["title"]!, first[2].InnerText);
        Assert.Equal(CellValues.Number, first[10].DataType?.Value);
        Assert.Equal(Entries(view).First()["budget"].Amount(), decimal.Parse(first[10].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Grpc_answers_the_same_as_http()
    {
        var client = new Api.V1.Portfolio.PortfolioClient(fixture.Silo.Grpc);

        var grpc = await client.QueryPortfolioAsync(new PortfolioQuery { Theme = { "areal" }, Sort = "budget", Order = "desc" });
        var http = await Http.ReadAsync("/api/portfolio?theme=areal&sort=budget&order=desc");

        Assert.Equal((int)http["count"]!, grpc.Count);
        Assert.Equal(Entries(http).Select(e => (string)e["key"]!), grpc.Entries.Select(e => e.Key));
        Assert.Equal(Entries(http).Select(e => (string)e["budget"]!), grpc.Entries.Select(e => e.Budget));
        Assert.Equal((string?)http["total"]!["granted"], grpc.Total.Granted);
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await client.QueryPortfolioAsync(new PortfolioQuery { Limit = 0 }));
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
    }
}
