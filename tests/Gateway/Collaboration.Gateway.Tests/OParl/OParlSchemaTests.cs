using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.OParl;

/// <summary>Every OParl object served for the demo data, in its list and at its own URL, validates against its OParl 1.1 schema.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlSchemaTests(DemoSiloFixture fixture)
{
    private OParlClient Client => new(fixture.Silo.Anonymous);

    [Fact]
    public async Task The_system_names_the_version_and_the_list_of_bodies_one_per_council()
    {
        var system = await Client.GetAsync("/oparl/v1/system");
        Assert.Empty(OParlSchemas.Errors(system));
        Assert.Equal("https://schema.oparl.org/1.1/", (string?)system["oparlVersion"]);
        Assert.StartsWith("http://127.0.0.1:", (string?)system["id"], StringComparison.Ordinal);

        var (bodies, _) = await Client.WalkAsync((string)system["body"]!);
        Assert.Equal(
            ["Fosenregionen IKPR", "Trondheimsregionen – Regionrådet", "Trøndelag Sør IKPR", "Trøndelag sørvest IPR", "Værnesregionen"],
            bodies.Select(b => (string)b["name"]!).Order(StringComparer.Ordinal));
        Assert.All(bodies, body => Assert.Empty(OParlSchemas.Errors(body)));
    }

    [Fact]
    public async Task Every_object_of_every_list_validates_and_resolves_at_its_id()
    {
        var body = await TrondheimsregionenAsync();
        var lists = await Client.ListsAsync(body);
        foreach (var (list, objects) in lists)
        {
            Assert.All(objects, o => Assert.Empty(OParlSchemas.Errors(o)));
            foreach (var listed in objects)
            {
                var single = await Client.GetAsync((string)listed["id"]!);
                Assert.Empty(OParlSchemas.Errors(single));
                Assert.True(JsonNode.DeepEquals(listed, single), $"{list}: {listed["id"]} differs at its own URL.");
            }
        }

        Assert.Contains(lists["organization"], o => (string?)o["name"] == "Kommunedirektørforum" && ((string?)o["subOrganizationOf"])!.EndsWith("/organization/trondheimsregionen", StringComparison.Ordinal));
        Assert.Contains(lists["organization"], o => (string?)o["collaboration:kommunenummer"] == "5001");
        Assert.Contains(lists["person"], p => (string?)p["name"] == "Bård Eidet");
        Assert.Contains(lists["meeting"], m => (string?)m["start"] == "2022-06-03T08:30:00+02:00");
        var item = Assert.Single(lists["agendaItem"], a => (string?)a["number"] == "KF 23/22");
        Assert.IsType<int>((int)item["order"]!);
        var paper = Assert.Single(lists["paper"], p => (string?)p["reference"] == "KF 23/22");
        Assert.Equal((string?)item["name"], (string?)paper["name"]);
        Assert.NotEmpty(lists["membership"]);
        Assert.All(lists["membership"], m => Assert.Contains(lists["organization"], o => (string?)o["id"] == (string?)m["onBehalfOf"]));

        // TR 1/22 is treated in Regionrådet's meeting and sent to the members of Trondheimsregionen to decide.
        var paper122 = Assert.Single(lists["paper"], p => (string?)p["reference"] == "TR 1/22");
        var treated = lists["consultation"].Where(c => (string?)c["paper"] == (string?)paper122["id"]).ToList();
        var inMeeting = Assert.Single(treated, c => c["agendaItem"] is not null);
        Assert.Equal("behandling", (string?)inMeeting["role"]);
        Assert.Contains(lists["agendaItem"], a => (string?)a["id"] == (string?)inMeeting["agendaItem"] && (string?)a["consultation"] == (string?)inMeeting["id"]);
        var asked = treated.Where(c => c["agendaItem"] is null).ToList();
        Assert.True(asked.Count >= 7, $"{asked.Count} bodies asked");
        Assert.All(asked, c => Assert.Equal("likelydende vedtak", (string?)c["role"]));
        Assert.All(asked, c => Assert.True((bool)c["authoritative"]!));
        Assert.All(asked, c => Assert.Contains(lists["organization"], o => (string?)o["id"] == (string?)c["organization"]![0]));
        Assert.Equal(7, asked.Count(c => (string?)c["collaboration:status"] == "decided" && c["collaboration:treated"] is not null));
        Assert.Equal(
            treated.Select(c => (string)c["id"]!).Order(StringComparer.Ordinal),
            paper122["consultation"]!.AsArray().Select(c => (string)c!["id"]!).Order(StringComparer.Ordinal));
    }

    private async Task<JsonObject> TrondheimsregionenAsync()
    {
        var (bodies, _) = await Client.WalkAsync("/oparl/v1/bodies");
        return bodies.Single(b => (string?)b["shortName"] == "TR");
    }
}
