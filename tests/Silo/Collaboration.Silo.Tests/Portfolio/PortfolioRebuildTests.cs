using System.Text.Json.Nodes;

namespace Collaboration.Silo.Tests.Portfolio;

/// <summary>
/// The portfolio stores only which objects report to it; after a restart it asks them again, so
/// it shows exactly what they stored, changes made just before the stop included.
/// </summary>
public sealed class PortfolioRebuildTests
{
    [Fact]
    public async Task After_a_restart_the_portfolio_is_rebuilt_from_the_objects_themselves()
    {
        using var data = new TempFolder();
        var silo = await RunningSilo.StartAsync(data.Path);
        await silo.Http.ApiPutAsync("/api/municipalities/5001", new { name = "Trondheim", county = "Trøndelag" });
        await silo.Http.ApiPutAsync("/api/municipalities/5028", new { name = "Melhus", county = "Trøndelag" });
        await silo.Http.ApiPutAsync("/api/funding/calls/rebuild-call", new
        {
            funder = "Miljødirektoratet",
            title = "Klimasats",
            opens = "2026-01-01",
            deadline = "2030-06-01",
            maxPerMunicipality = "500000",
            jointAllowed = true,
            themes = new[] { "klima" },
        });
        await silo.Http.ApiPostAsync("/api/funding/applications", new
        {
            id = "rebuild-application",
            callId = "rebuild-call",
            title = "Felles klimaregnskap",
            lead = new { kind = "municipality", id = "5001" },
            leadShare = new { requested = "200000", ownContribution = "100000", role = "Leder" },
        });
        await silo.Http.ApiPostAsync("/api/funding/applications/rebuild-application/invitations", new { municipalities = new[] { "5028" } });
        for (var i = 0; i < 30; i++)
        {
            await silo.Http.ApiPutAsync($"/api/projects/rebuild-{i}", new { title = $"Prosjekt {i}", themes = new[] { "plan" }, budget = new[] { new { year = 2022, amount = $"{i * 1000}" } } });
            await silo.Http.ApiPutAsync($"/api/projects/rebuild-{i}/participants/5028", new { role = "participant" });
        }

        await silo.Http.ApiPostAsync("/api/projects/rebuild-29/status", new { status = "planned" }); // the last change before the stop
        var before = await silo.Http.ReadAsync("/api/portfolio?limit=1000");
        var deadlinesBefore = await silo.Http.ReadAsync("/api/portfolio/deadlines?days=3660");
        await silo.DisposeAsync();

        await using var restarted = await RunningSilo.StartAsync(data.Path);
        var after = await Eventually.ValueAsync(() => restarted.Http.ReadAsync("/api/portfolio?limit=1000"), v => (bool)v["complete"]!, TimeSpan.FromMinutes(1));

        Assert.True((bool)after["complete"]!);
        Assert.Equal(31, (int)after["count"]!);
        Assert.Equal(Json(before["entries"]), Json(after["entries"]));
        Assert.Equal(Json(before["total"]), Json(after["total"]));
        Assert.Equal("planned", (string?)after["entries"]!.AsArray().Single(e => (string)e!["key"]! == "project/rebuild-29")!["status"]);
        var deadlinesAfter = await restarted.Http.ReadAsync("/api/portfolio/deadlines?days=3660");
        Assert.Equal(Json(deadlinesBefore), Json(deadlinesAfter));
        Assert.Equal(2, deadlinesAfter["deadlines"]!.AsArray().Count); // the call closing and Melhus's unanswered invitation
    }

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";
}
