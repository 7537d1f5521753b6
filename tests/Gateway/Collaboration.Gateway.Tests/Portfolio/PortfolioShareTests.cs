using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Portfolio;

/// <summary>
/// An officer's view of the demo portfolio: filtered on Skaun, the answer gives Skaun's own part
/// beside the entries' totals. The expected figures are read from the areas' own answers (the
/// funding applications, the joint projects' budget allocations, the core projects), not from the
/// portfolio's fields.
/// </summary>
public sealed class PortfolioShareTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private const string Skaun = "5029";

    private HttpClient Http => fixture.Http;

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    [Fact]
    public async Task Filtered_on_a_municipality_the_share_is_what_its_entries_give_it_in_their_own_areas()
    {
        var view = await Http.ReadAsync($"/api/portfolio?kommunenummer={Skaun}&limit=1000");

        var expected = new Part(0, 0, 0, 0, 0);
        foreach (var entry in Items(view["entries"]))
        {
            var part = await PartInSourceAsync((string)entry["kind"]!, (string)entry["id"]!);
            var shown = Items(entry["shares"]).Single();
            Assert.Equal(part, Part.Of(shown));
            expected = expected.Plus(part);
        }

        var share = Items(view["shares"]).Single();
        Assert.Equal(Skaun, (string?)share["kommunenummer"]);
        Assert.Equal("Skaun", (string?)share["name"]);
        Assert.Equal(expected, Part.Of(share));
        Assert.True(expected.Requested > 0 && expected.OwnContribution > 0 && expected.Granted > 0 && expected.BudgetShare > 0,
            $"The demo gives Skaun a part of each kind: {expected}");
        Assert.Equal((int)view["count"]!, Items(view["entries"]).Count());
    }

    [Fact]
    public async Task Without_a_municipality_filter_there_is_no_share_and_the_csv_has_share_columns_only_with_one()
    {
        var all = await Http.ReadAsync("/api/portfolio?limit=1000");
        Assert.Empty(Items(all["shares"] ?? new JsonArray()));
        Assert.All(Items(all["entries"]), e => Assert.Empty(Items(e["shares"] ?? new JsonArray())));

        var view = await Http.ReadAsync($"/api/portfolio?kommunenummer={Skaun}&kind=jointproject&limit=1000");
        var csv = (await Http.GetStringAsync(new Uri($"/api/portfolio/export.csv?kommunenummer={Skaun}&kind=jointproject", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(";Skaun: søkt;Skaun: egenandel;Skaun: innvilget;Skaun: budsjettandel", lines[0]);
        var budgetShares = lines[1..].Sum(l => decimal.Parse(l.Split(';')[^1], System.Globalization.CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal(Items(view["shares"]).Single()["budgetShare"].Amount(), budgetShares);
    }

    [Fact]
    public async Task Every_answer_that_lists_municipalities_names_them()
    {
        var names = Items((await Http.ReadAsync("/api/municipalities?limit=1000"))["municipalities"])
            .ToDictionary(m => (string)m["kommunenummer"]!, m => (string)m["name"]!);

        var view = await Http.ReadAsync($"/api/portfolio?kommunenummer={Skaun}&limit=1000");
        var participants = Items(view["entries"]).SelectMany(e => Items(e["participants"])).ToList();
        Assert.NotEmpty(participants);
        Assert.All(participants, p => Assert.Equal(names[(string)p["kommunenummer"]!], (string?)p["name"]));
        Assert.All(Items(view["byMunicipality"]), t => Assert.Equal(names[(string)t["key"]!], (string?)t["name"]));

        var matrix = await Http.ReadAsync("/api/portfolio/participation");
        Assert.All(Items(matrix["municipalities"]), m => Assert.Equal(names[(string)m!], (string?)matrix["names"]![(string)m!]));

        var deadlines = Items((await Http.ReadAsync("/api/portfolio/deadlines?days=3660&overdue=true"))["deadlines"]).Where(d => d["kommunenummer"] is not null).ToList();
        Assert.NotEmpty(deadlines);
        Assert.All(deadlines, d => Assert.Equal(names[(string)d["kommunenummer"]!], (string?)d["municipalityName"]));

        var invitations = Items((await Http.ReadAsync("/api/joint-projects/naeringsplan"))["invitations"]).ToList();
        Assert.Equal(9, invitations.Count);
        Assert.All(invitations, i => Assert.Equal(names[(string)i["kommunenummer"]!], (string?)i["name"]));

        var organisations = Items((await Http.ReadAsync("/api/organisations?limit=1000"))["organisations"])
            .ToDictionary(o => (string)o["organisationNumber"]!, o => (string)o["name"]!);
        var members = Items((await Http.ReadAsync("/api/forums/trondheimsregionen/members"))["members"]).ToList();
        Assert.Contains(members, m => (string?)m["organisationNumber"] is { Length: > 0 });
        Assert.All(members, m => Assert.Equal(
            (string?)m["kommunenummer"] is { Length: > 0 } k ? names[k] : organisations[(string)m["organisationNumber"]!], (string?)m["name"]));

        var model = await Http.ApiPutAsync("/api/fees/trondheimsregionen/2023/models/navngitte-dobbeltmedlemmer",
            new { title = "Navngitte dobbeltmedlemmer", baseAmount = "1000", doubleMembership = new { percent = "10" }, doubleMembers = new[] { "5054" } });
        Assert.Equal("Indre Fosen", (string?)model.Json["names"]!["5054"]);
        var year = await Http.ReadAsync("/api/fees/trondheimsregionen/2023");
        Assert.Equal("Indre Fosen", (string?)Items(year["models"]).Single(m => (string?)m["name"] == "navngitte-dobbeltmedlemmer")["names"]!["5054"]);
    }

    /// <summary>Skaun's part in an entry, as the area that owns the entry answers it.</summary>
    private async Task<Part> PartInSourceAsync(string kind, string id)
    {
        switch (kind)
        {
            case "application":
                var partner = Items((await Http.ReadAsync($"/api/funding/applications/{id}"))["partners"])
                    .Single(p => (string?)p["kommunenummer"] == Skaun);
                var accepted = (string?)partner["state"] == "accepted";
                return new Part(accepted ? 1 : 0,
                    accepted ? partner["share"]!["requested"].Amount() : 0,
                    accepted ? partner["share"]!["ownContribution"].Amount() : 0,
                    partner["granted"] is { } granted ? granted.Amount() : 0,
                    0);
            case "jointproject":
                var project = await Http.ReadAsync($"/api/joint-projects/{id}");
                var budgetShare = 0m;
                if (Items(project["agreements"]).Any())
                {
                    foreach (var year in Items(project["budget"]).Select(l => (int)l["year"]!).Distinct())
                    {
                        var allocation = await Http.ReadAsync($"/api/joint-projects/{id}/allocation/{year}?budget=true");
                        budgetShare += Items(allocation["bills"]).Where(b => (string?)b["kommunenummer"] == Skaun).Sum(b => b["amount"].Amount());
                    }
                }

                return new Part(await TakesPartInProjectAsync(id) ? 1 : 0, 0, 0, 0, budgetShare);
            default:
                return new Part(await TakesPartInProjectAsync(id) ? 1 : 0, 0, 0, 0, 0);
        }
    }

    private async Task<bool> TakesPartInProjectAsync(string id) =>
        Items((await Http.ReadAsync($"/api/projects/{id}"))["participants"]).Any(p => (string?)p["kommunenummer"] == Skaun);

    private sealed record Part(int Count, decimal Requested, decimal OwnContribution, decimal Granted, decimal BudgetShare)
    {
        public static Part Of(JsonNode share) => new((int)share["count"]!, share["requested"].Amount(), share["ownContribution"].Amount(),
            share["granted"].Amount(), share["budgetShare"].Amount());

        public Part Plus(Part other) => new(Count + other.Count, Requested + other.Requested, OwnContribution + other.OwnContribution,
            Granted + other.Granted, BudgetShare + other.BudgetShare);
    }
}
