using System.Net;
using static Microsoft.Playwright.Assertions;

namespace Collaboration.Gateway.Browser.Tests;

/// <summary>
/// The portfolio page of one region with another as its peer (two installations as processes):
/// the peer's entries labelled with its region, the figures saying which regions they cover and
/// how current the copy is, and still so once the peer is down.
/// </summary>
public sealed class PeerPortfolioPageTests
{
    [Fact]
    public async Task Other_regions_entries_are_labelled_and_dated_and_stay_when_the_peer_is_down()
    {
        await using var regions = await TwoRegions.StartAsync();
        var created = await regions.B!.Http.ApiPutAsync("/api/projects/bybanen", new { title = "Bybanen til Åsane" });
        Assert.True(created.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{created.Status}: {created.Body}");
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync("/api/portfolio?region=all&limit=1000"),
            v => v["entries"]!.AsArray().Any(e => (string?)e!["title"] == "Bybanen til Åsane"));

        await using var chromium = await Chromium.LaunchAsync(regions.A.Http.BaseAddress!);
        var page = await chromium.Context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/?region=all");

        var row = page.Locator("#overview tbody tr", new() { HasText = "Bybanen til Åsane" });
        await Expect(row.Locator(".badge.region")).ToHaveTextAsync(TwoRegions.RegionB);
        var demo = page.Locator("#overview tbody tr", new() { HasText = "Kompetanseløft i helse og omsorg" });
        await Expect(demo.Locator(".badge.region")).ToHaveTextAsync(TwoRegions.RegionB);
        await Expect(page.Locator("#overview tbody tr", new() { HasText = "Talent Attraction Management" }).Locator(".badge.region")).ToHaveCountAsync(0);
        await Expect(page.Locator("#regions")).ToContainTextAsync(TwoRegions.RegionA);
        await Expect(page.Locator($"#regions [data-region='{TwoRegions.RegionB}']")).ToContainTextAsync("per ");
        await Expect(page.Locator("#region-field")).ToBeVisibleAsync();

        regions.KillB();
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync("/api/portfolio?region=all"),
            v => v["regions"]!.AsArray().Any(r => (string?)r!["state"] == "behind"));
        await page.ReloadAsync();
        await Expect(row.Locator(".badge.region")).ToHaveTextAsync(TwoRegions.RegionB);
        await Expect(page.Locator($"#regions [data-region='{TwoRegions.RegionB}']")).ToContainTextAsync("ikke nådd siden");
        Assert.Empty(errors);
    }
}
