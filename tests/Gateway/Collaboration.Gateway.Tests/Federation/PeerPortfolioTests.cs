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

        // B's demo data reaches A's copy, labelled with B's region; A's own entries stay unlabelled.
        // B's application stays B's: applications are a kind B shares with no peer.
        var both = await TwoRegions.EventuallyAsync(
            async () => new JsonObject { ["a"] = await regions.A.Http.ReadAsync(All), ["b"] = new JsonArray([.. (await SharedTitlesAsync(regions.B!)).Select(t => JsonValue.Create(t))]) },
            v => Titles(v["a"]!, TwoRegions.RegionB).SequenceEqual(v["b"]!.AsArray().Select(t => (string)t!)));
        var view = both["a"]!;
        var ofB = Titles(view, TwoRegions.RegionB);
        Assert.Contains("Kompetanseløft i helse og omsorg", ofB);
        var application = (await regions.B!.Http.ReadAsync("/api/portfolio?limit=1000"))["entries"]!.AsArray().Single(e => (string?)e!["kind"] == "application")!;
        Assert.Equal(("Felles jordvernstrategi for Bergensregionen", "submitted"), ((string?)application["title"], (string?)application["status"]));
        Assert.DoesNotContain("Felles jordvernstrategi for Bergensregionen", Titles(view, TwoRegions.RegionB));
        Assert.Contains("Talent Attraction Management", Titles(view, null));
        Assert.Equal(Titles(await regions.A.Http.ReadAsync("/api/portfolio?limit=1000"), null), Titles(view, null));
        var bergen = Region(view, TwoRegions.RegionB);
        Assert.Equal("current", (string?)bergen["state"]);
        Assert.Equal(ofB.Count, (int)bergen["entries"]!);
        Assert.NotNull(bergen["asOf"]);
        Assert.True((bool)Region(view, TwoRegions.RegionA)["own"]!);

        // The export of every region says each row's region in its last column; our own export has none.
        var csv = (await regions.A.Http.GetStringAsync(new Uri("/api/portfolio/export.csv?region=all", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(";Region", csv[0], StringComparison.Ordinal);
        Assert.EndsWith($";{TwoRegions.RegionB}", Assert.Single(csv, l => l.Contains("Kompetanseløft i helse og omsorg", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith($";{TwoRegions.RegionA}", Assert.Single(csv, l => l.Contains(";Talent Attraction Management;", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(";Region", (await regions.A.Http.GetStringAsync(new Uri("/api/portfolio/export.csv", UriKind.Relative))).Split("\r\n")[0], StringComparison.Ordinal);

        // Without region, our own only; an unknown region is refused naming it.
        Assert.Empty(Titles(await regions.A.Http.ReadAsync("/api/portfolio?limit=1000"), TwoRegions.RegionB));
        var unknown = await regions.A.Http.ApiGetAsync("/api/portfolio?region=Stavangerregionen");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("region[0]", unknown.Json.ToJsonString(), StringComparison.Ordinal);

        // A change in B reaches A's copy.
        await PutProjectAsync(regions.B!, "bybanen", "Bybanen til Åsane");
        await PutProjectAsync(regions.B!, "bybanen", "Bybanen til Fyllingsdalen");
        await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => Titles(v, TwoRegions.RegionB).Contains("Bybanen til Fyllingsdalen"));

        // B down: A answers with B's entries as they were, marked behind once A has noticed.
        regions.KillB();
        var behind = await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All), v => (string?)Region(v, TwoRegions.RegionB)["state"] == "behind");
        Assert.Equal([.. ofB.Append("Bybanen til Fyllingsdalen").Order(StringComparer.Ordinal)], Titles(behind, TwoRegions.RegionB));
        Assert.NotNull(Region(behind, TwoRegions.RegionB)["error"]);

        // B back, changed meanwhile: A catches up from its cursor, no entry twice and none missing.
        await regions.StartBAsync();
        await PutProjectAsync(regions.B!, "hordaland-gront", "Grønt skifte i Hordaland");
        var caughtUp = await TwoRegions.EventuallyAsync(() => regions.A.Http.ReadAsync(All),
            v => Titles(v, TwoRegions.RegionB).Contains("Grønt skifte i Hordaland") && (string?)Region(v, TwoRegions.RegionB)["state"] == "current");
        var nowOfB = await SharedTitlesAsync(regions.B!);
        Assert.Equal(ofB.Count + 2, nowOfB.Count);
        Assert.Equal(nowOfB, Titles(caughtUp, TwoRegions.RegionB));
        Assert.Equal(nowOfB.Count, (int)Region(caughtUp, TwoRegions.RegionB)["entries"]!);
    }

    private static async Task PutProjectAsync(ProgramProcess region, string id, string title)
    {
        var answer = await region.Http.ApiPutAsync($"/api/projects/{id}", new { title, budget = new[] { new { year = 2027, amount = "1000000" } } });
        Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.Created, $"{answer.Status}: {answer.Body}");
    }

    // A region's own entries of the kinds it shares with every peer: projects (public), not applications.
    private static async Task<List<string>> SharedTitlesAsync(ProgramProcess region) =>
        [.. (await region.Http.ReadAsync("/api/portfolio?limit=1000"))["entries"]!.AsArray()
            .Where(e => (string?)e!["kind"] == "project").Select(e => (string)e!["title"]!).Order(StringComparer.Ordinal)];

    // The titles of one region's entries in a portfolio answer; null for the answering region's own.
    private static List<string> Titles(JsonNode view, string? region) =>
        [.. view["entries"]!.AsArray().Where(e => (string?)e!["region"] == region).Select(e => (string)e!["title"]!).Order(StringComparer.Ordinal)];

    private static JsonNode Region(JsonNode view, string region) =>
        view["regions"]!.AsArray().Single(r => (string?)r!["region"] == region)!;
}
