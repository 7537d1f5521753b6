using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Federation;

/// <summary>
/// A keeps a copy of B's portfolio by following B's change feed: B's entries show in A's
/// portfolio when asked for, labelled and dated; B down never fails A's answers; B back, A
/// catches up from its cursor with no entry twice and none missing.
/// </summary>
public sealed class PeerPortfolioTests
{
    private const string All = "/api/portfolio?region=all&limit=1000";

    [Fact]
    public async Task A_follows_B_shows_its_entries_labelled_and_keeps_them_while_B_is_down()
    {
        await using var regions = await TwoRegions.StartAsync();
        await PutProjectAsync(regions.B!, "bybanen", "Bybanen til Åsane");
        await PutProjectAsync(regions.B!, "fjordline", "Fjordlinjen");

        var view = await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => Titles(v, TwoRegions.RegionB).Count == 2);
        Assert.Equal(["Bybanen til Åsane", "Fjordlinjen"], Titles(view, TwoRegions.RegionB));
        var bergen = Region(view, TwoRegions.RegionB);
        Assert.Equal("current", (string?)bergen["state"]);
        Assert.NotNull(bergen["asOf"]);
        Assert.True((bool)Region(view, TwoRegions.RegionA)["own"]!);

        // Without region, our own only; an unknown region is refused naming it.
        Assert.Empty(Titles(await regions.A.Http.ReadAsync("/api/portfolio?limit=1000"), TwoRegions.RegionB));
        var unknown = await regions.A.Http.ApiGetAsync("/api/portfolio?region=Stavangerregionen");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("region[0]", unknown.Json.ToJsonString(), StringComparison.Ordinal);

        // A change in B reaches A's copy.
        await PutProjectAsync(regions.B!, "bybanen", "Bybanen til Fyllingsdalen");
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => Titles(v, TwoRegions.RegionB).Contains("Bybanen til Fyllingsdalen"));

        // B down: A answers with B's entries as they were, marked behind once A has noticed.
        regions.KillB();
        var behind = await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => (string?)Region(v, TwoRegions.RegionB)["state"] == "behind");
        Assert.Equal(["Bybanen til Fyllingsdalen", "Fjordlinjen"], Titles(behind, TwoRegions.RegionB));
        Assert.NotNull(Region(behind, TwoRegions.RegionB)["error"]);

        // B back, changed meanwhile: A catches up from its cursor.
        await regions.StartBAsync();
        await PutProjectAsync(regions.B!, "hordaland-gront", "Grønt skifte i Hordaland");
        var caughtUp = await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => Titles(v, TwoRegions.RegionB).Count == 3 && (string?)Region(v, TwoRegions.RegionB)["state"] == "current");
        Assert.Equal(["Bybanen til Fyllingsdalen", "Fjordlinjen", "Grønt skifte i Hordaland"], Titles(caughtUp, TwoRegions.RegionB));
        Assert.Equal(3, (int)Region(caughtUp, TwoRegions.RegionB)["entries"]!);
        var own = await regions.B!.Http.ReadAsync("/api/portfolio?limit=1000");
        Assert.Equal((int)own["count"]!, Titles(caughtUp, TwoRegions.RegionB).Count);
    }

    private static async Task PutProjectAsync(ProgramProcess region, string id, string title)
    {
        var answer = await region.Http.ApiPutAsync($"/api/projects/{id}", new { title, budget = new[] { new { year = 2027, amount = "1000000" } } });
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{answer.Status}: {answer.Body}");
    }

    private static List<string> Titles(JsonNode view, string region) =>
        [.. view["entries"]!.AsArray().Where(e => (string?)e!["region"] == region).Select(e => (string)e!["title"]!).Order(StringComparer.Ordinal)];

    private static JsonNode Region(JsonNode view, string region) =>
        view["regions"]!.AsArray().Single(r => (string?)r!["region"] == region)!;
}
