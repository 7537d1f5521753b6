using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>The portfolio page in a real browser, against the demo data, checked against the API it reads.</summary>
public sealed class PortfolioPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private static string Digits(string? text) => new([.. (text ?? "").Where(char.IsAsciiDigit)]);

    // The page shows whole kroner, rounded as Intl.NumberFormat rounds (half away from zero).
    private static string Kroner(System.Text.Json.Nodes.JsonNode? amount) =>
        decimal.Round(amount.Amount(), MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task ExpectRowsAndTotalsAsync(IPage page, string query)
    {
        var api = await fixture.Http.ReadAsync($"/api/portfolio?{query}&sort=title&order=asc&limit=50");
        var keys = api["entries"]!.AsArray().Select(e => (string)e!["key"]!).ToList();

        await Expect(page.Locator("#overview tbody tr")).ToHaveCountAsync(keys.Count);
        Assert.Equal(keys, await page.Locator("#overview tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)"));
        await Expect(page.Locator("#total-count")).ToHaveTextAsync(((int)api["count"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var total in new[] { "budget", "requested", "granted" })
        {
            var shown = await page.Locator($"#total-{total}").TextContentAsync();
            Assert.Equal(Kroner(api["total"]![total]), Digits(shown));
        }
    }

    [Fact]
    public async Task The_overview_shows_the_rows_and_totals_the_api_gives_without_console_errors()
    {
        var (page, errors) = await fixture.OpenAsync("/");
        await Expect(page.Locator("#status")).ToContainTextAsync("oppføringer i utvalget");

        await ExpectRowsAndTotalsAsync(page, "");
        var matrix = await fixture.Http.ReadAsync("/api/portfolio/participation");
        await Expect(page.Locator("#matrix tbody tr")).ToHaveCountAsync(matrix["rows"]!.AsArray().Count);
        await Expect(page.Locator("#matrix thead th.municipality")).ToHaveCountAsync(matrix["municipalities"]!.AsArray().Count);
        await Expect(page.Locator("#deadlines li")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#theme-chart svg rect.bar")).Not.ToHaveCountAsync(0);
        await fixture.ScreenshotAsync(page, "portfolio-overview");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_filter_narrows_rows_totals_heatmap_and_export_links_to_what_the_api_answers_for_it()
    {
        var (page, errors) = await fixture.OpenAsync("/");
        await Expect(page.Locator("#status")).ToContainTextAsync("oppføringer i utvalget");

        await page.GetByLabel("Tema", new() { Exact = true }).SelectOptionAsync("klima");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bruk filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("theme=klima"));

        await ExpectRowsAndTotalsAsync(page, "theme=klima");
        var matrix = await fixture.Http.ReadAsync("/api/portfolio/participation?theme=klima");
        await Expect(page.Locator("#matrix tbody tr")).ToHaveCountAsync(matrix["rows"]!.AsArray().Count);
        Assert.Contains("theme=klima", await page.Locator("#export-xlsx").GetAttributeAsync("href"));
        await fixture.ScreenshotAsync(page, "portfolio-filtered-klima");

        await page.GetByLabel("Kommune", new() { Exact = true }).SelectOptionAsync("5035");
        await ExpectRowsAndTotalsAsync(page, "theme=klima&kommunenummer=5035");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Filtered_on_Skaun_the_page_shows_Skauns_share_beside_the_totals()
    {
        var (page, errors) = await fixture.OpenAsync("/");
        await Expect(page.Locator("#status")).ToContainTextAsync("oppføringer i utvalget");
        await Expect(page.Locator("#share")).ToBeHiddenAsync();

        await page.GetByLabel("Kommune", new() { Exact = true }).SelectOptionAsync("5029");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kommunenummer=5029"));

        await ExpectRowsAndTotalsAsync(page, "kommunenummer=5029");
        var share = (await fixture.Http.ReadAsync("/api/portfolio?kommunenummer=5029&limit=1"))["shares"]![0]!;
        await Expect(page.Locator("#share")).ToBeVisibleAsync();
        await Expect(page.Locator("#share-heading")).ToHaveTextAsync("Skauns andel");
        foreach (var figure in new[] { "requested", "ownContribution", "granted", "budgetShare" })
        {
            Assert.Equal(Kroner(share[figure]), Digits(await page.Locator($"#share-{figure}").TextContentAsync()));
        }

        Assert.NotEqual("0", Kroner(share["budgetShare"]));
        await Expect(page.Locator("#share-count")).ToHaveTextAsync(((int)share["count"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await fixture.ScreenshotAsync(page, "portfolio-share-skaun");

        await page.GetByRole(AriaRole.Button, new() { Name = "Nullstill" }).ClickAsync();
        await Expect(page.Locator("#share")).ToBeHiddenAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_project_page_shows_its_participants_and_decisions()
    {
        var (page, errors) = await fixture.OpenAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Talent Attraction Management", Exact = true }).ClickAsync();

        var api = await fixture.Http.ReadAsync("/api/portfolio/entries/project/talent-attraction-management");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Talent Attraction Management");
        await Expect(page.Locator("#participants tbody tr")).ToHaveCountAsync(api["entry"]!["participants"]!.AsArray().Count);
        await Expect(page.Locator("#participants tbody")).ToContainTextAsync("Trondheim");
        await Expect(page.Locator("#decisions")).ToContainTextAsync("KF 24/22");
        await Expect(page.Locator("#decisions")).ToContainTextAsync((string)api["decisions"]![0]!["points"]![0]!);
        Assert.Equal(Kroner(api["entry"]!["budget"]), Digits(await page.Locator("#fact-budget").TextContentAsync()));
        await fixture.ScreenshotAsync(page, "portfolio-project-talent-attraction");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_application_page_of_a_closed_call_shows_who_answered_and_no_invitation_left_waiting()
    {
        var (page, errors) = await fixture.OpenAsync("/prosjekt.html?kind=application&id=jordvern-2022-trondheimsregionen");

        // Stjørdal never answered; its invitation expired when the call closed in 2022.
        await Expect(page.Locator("#participants tbody")).ToContainTextAsync("takket nei");
        await Expect(page.Locator("#participants tbody")).Not.ToContainTextAsync("Stjørdal");
        await Expect(page.Locator("#deadlines")).Not.ToContainTextAsync("Ubesvart invitasjon");
        await fixture.ScreenshotAsync(page, "portfolio-application-jordvern");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task With_an_officer_token_the_page_shows_the_municipality_its_unanswered_invitations_and_takes_its_answer()
    {
        var (kommunenummer, waiting) = await MunicipalityWithInvitationsAsync();
        var (page, errors) = await fixture.OpenAsync("/");

        await page.GetByLabel("Token", new() { Exact = true }).FillAsync(fixture.Token(new("saksbehandler", Collaboration.Access.Roles.Officer, Municipality: kommunenummer)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        await Expect(page.Locator("#invitations li")).ToHaveCountAsync(waiting.Count);
        await Expect(page.Locator("#invitations")).ToContainTextAsync(waiting[0]);
        await Expect(page.Locator("#mine-who")).ToContainTextAsync(kommunenummer);
        await fixture.ScreenshotAsync(page, "portfolio-my-invitations");

        // The officer answers on the page: yes, with its amounts; the application records them.
        var invitation = page.Locator("#invitations li", new() { HasText = "Felles søknad om utviklingsmidler" }).First;
        var applicationId = await invitation.GetAttributeAsync("data-invitation");
        await invitation.GetByLabel("Søkt beløp (kr)").FillAsync("40000");
        await invitation.GetByLabel("Egenandel (kr)").FillAsync("5000,50");
        await invitation.GetByLabel("Rolle i søknaden").FillAsync("Mottak av tilflyttere");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Takk ja" }).ClickAsync();
        await Expect(page.Locator("#mine-answer")).ToContainTextAsync("registrert");
        await Expect(page.Locator("#invitations li")).ToHaveCountAsync(waiting.Count - 1);
        var partner = (await fixture.Http.ReadAsync($"/api/funding/applications/{applicationId}"))["partners"]!.AsArray()
            .Single(p => (string?)p!["kommunenummer"] == kommunenummer)!;
        Assert.Equal(("accepted", "40000.00", "5000.50"), ((string?)partner["state"], (string?)partner["share"]!["requested"], (string?)partner["share"]!["ownContribution"]));

        await page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
        await Expect(page.Locator("#invitations li")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }

    // The demo's one unanswered invitation lapsed with its 2022 call, so the test invites Stjørdal to an open call of its own.
    private async Task<(string Kommunenummer, List<string> Titles)> MunicipalityWithInvitationsAsync()
    {
        const string kommunenummer = "5035";
        var call = $"page-{Guid.NewGuid():N}"[..18];
        await fixture.Http.ApiPutAsync($"/api/funding/calls/{call}", new
        {
            funder = "Trøndelag fylkeskommune",
            title = "Åpen utlysning",
            opens = "2026-01-01",
            deadline = "2099-12-31",
            maxPerMunicipality = "100000",
            jointAllowed = true,
            themes = new[] { "næring" },
        });
        var created = await fixture.Http.ApiPostAsync("/api/funding/applications", new
        {
            callId = call,
            title = "Felles søknad om utviklingsmidler",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "50000", role = "Leder" },
        });
        await fixture.Http.ApiPostAsync($"/api/funding/applications/{created.Json["id"]}/invitations", new { municipalities = new[] { kommunenummer } });

        var desk = await fixture.Http.ReadAsync($"/api/funding/municipalities/{kommunenummer}");
        return (kommunenummer, [.. desk["invitations"]!.AsArray().Where(i => (string?)i!["state"] == "invited").Select(i => (string)i!["title"]!)]);
    }
}
