using static Microsoft.Playwright.Assertions;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>The hearing page in a real browser, against the demo hearing of the value-creation strategy.</summary>
public sealed class HearingPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private const string Strategy = "trondheimsregionen-2022-1";

    [Fact]
    public async Task The_matrix_shows_every_body_asked_and_a_new_answer_after_reload()
    {
        var hearing = await fixture.Http.ReadAsync($"/api/hearings/{Strategy}");
        var bodies = hearing["bodies"]!.AsArray();
        var (page, errors) = await fixture.OpenAsync($"/horinger.html?id={Strategy}");

        await Expect(page.Locator("#title")).ToHaveTextAsync((string)hearing["title"]!);
        await Expect(page.Locator("#matrix tbody tr")).ToHaveCountAsync(bodies.Count);
        await Expect(page.Locator("#not-answered")).ToHaveTextAsync($"{NotAnswered(hearing)}");
        var unanswered = bodies.First(b => (string?)b!["status"] is "pending" or "overdue")!;
        var kommunenummer = (string)unanswered["bodyId"]!;
        await fixture.ScreenshotAsync(page, "hearing-matrix");

        var token = fixture.Token(new("saksbehandler", Collaboration.Access.Roles.Officer, Municipality: kommunenummer));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/hearings/{Strategy}/answers/{kommunenummer}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { treatment = new { body = "kommunestyre", date = "2022-10-20", caseReference = "PS 77/22", outcome = "adopted" } }),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var answer = await fixture.Http.SendAsync(request);
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());

        await page.ReloadAsync();
        var row = page.Locator($"#matrix tbody tr[data-body='{kommunenummer}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "decided");
        await Expect(row).ToContainTextAsync("PS 77/22");
        await Expect(row).ToContainTextAsync("Vedtatt");
        await Expect(page.Locator("#not-answered")).ToHaveTextAsync($"{NotAnswered(hearing) - 1}");
        Assert.Empty(errors);
    }

    private static int NotAnswered(System.Text.Json.Nodes.JsonNode hearing) => (int?)hearing["summary"]!["notAnswered"] ?? 0;

    [Fact]
    public async Task The_list_links_every_hearing_on_record()
    {
        var hearings = (await fixture.Http.ReadAsync("/api/hearings"))["hearings"]!.AsArray();
        var (page, errors) = await fixture.OpenAsync("/horinger.html");

        await Expect(page.Locator("#hearings li a")).ToHaveCountAsync(hearings.Count);
        await page.Locator("#hearings li a").First.ClickAsync();
        await Expect(page.Locator("#matrix tbody tr")).Not.ToHaveCountAsync(0);
        Assert.Empty(errors);
    }
}
