using System.Net;
using Collaboration.Access;
using Collaboration.Gateway.Access;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>
/// An application in Trondheimsregionen invites Bergen, a municipality of Bergensregionen: A's
/// entry page shows the partner with its region and where the invitation stands, and Bergen's
/// officer answers it on B's page, which then says whether the answer has reached A.
/// </summary>
public sealed class RemoteInvitationPageTests
{
    private const string Bergen = "4601";

    [Fact]
    public async Task The_inviting_page_shows_the_other_regions_partner_and_its_officer_answers_on_its_own_page()
    {
        await using var regions = await TwoRegions.StartAsync();
        var application = await regions.ApplicationInAAsync("Jordvern på tvers av regionene");
        var invited = await regions.A.Http.ApiPostAsync($"{application}/remote-invitations", new { kommunenummer = Bergen, region = TwoRegions.RegionB });
        Assert.Equal(HttpStatusCode.OK, invited.Status);
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(application),
            app => app["partners"]!.AsArray().Any(p => (string?)p!["kommunenummer"] == Bergen && (string?)p["invitation"] == "delivered"));

        await using var chromium = await Chromium.LaunchAsync(regions.A.Http.BaseAddress!);
        var page = await chromium.Context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // A's entry page: Bergen with its region, invited, the invitation delivered.
        var entry = $"/prosjekt.html?kind=application&id={invited.Json["id"]}";
        await page.GotoAsync(entry);
        var bergen = page.Locator($"#participants tr[data-kommunenummer='{Bergen}']");
        await Expect(bergen.Locator(".badge.region")).ToHaveTextAsync(TwoRegions.RegionB);
        await Expect(bergen.Locator(".role")).ToContainTextAsync("levert til regionen");

        // B's page: Bergen's officer signs in, sees the invitation from A and accepts with its amounts.
        await page.GotoAsync(new Uri(regions.B!.Http.BaseAddress!, "/").ToString());
        var token = TestTokens.Mint(regions.B.KeyFile, new TokenHolder("officer-bergen", Roles.Officer, Bergen));
        await page.GetByLabel("Token", new() { Exact = true }).FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        var invitation = page.Locator("#invitations li", new() { HasText = "Jordvern på tvers av regionene" });
        await Expect(invitation.Locator(".badge.region")).ToHaveTextAsync(TwoRegions.RegionA);

        // Above the call's maximum: refused, said on the page, and the invitation stays open.
        await invitation.GetByLabel("Søkt beløp (kr)").FillAsync("150000");
        await invitation.GetByLabel("Rolle i søknaden").FillAsync("Kartlegger dyrka mark i Bergen");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Takk ja" }).ClickAsync();
        await Expect(page.Locator("#mine-answer")).ToContainTextAsync("ble ikke tatt imot");
        await Expect(invitation).ToHaveCountAsync(1);

        await invitation.GetByLabel("Søkt beløp (kr)").FillAsync("90000");
        await invitation.GetByLabel("Egenandel (kr)").FillAsync("10000");
        await invitation.GetByRole(AriaRole.Button, new() { Name = "Takk ja" }).ClickAsync();
        await Expect(page.Locator("#mine-answer")).ToContainTextAsync("Svaret på «Jordvern på tvers av regionene»");
        await Expect(invitation).ToHaveCountAsync(0);
        await Expect(page.Locator("#answered li")).ToContainTextAsync("takket ja");

        // Once A has recorded it, B's page says the answer was delivered, and A's entry page shows Bergen taking part.
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(application),
            app => app["partners"]!.AsArray().Any(p => (string?)p!["kommunenummer"] == Bergen && (string?)p["state"] == "accepted"));
        await TwoRegions.EventuallyAsync(() => regions.B.Http.ReadAsync($"/api/funding/remote-invitations?kommunenummer={Bergen}"),
            list => list["invitations"]!.AsArray().All(i => (string?)i!["answer"] == "delivered"));
        await page.ReloadAsync();
        await Expect(page.Locator("#answered li")).ToContainTextAsync($"levert til {TwoRegions.RegionA}");

        await page.GotoAsync(entry);
        await Expect(bergen.Locator(".role")).ToContainTextAsync("deltar");
        await Expect(bergen).ToContainTextAsync("90");
        Assert.Empty(errors);
    }
}
