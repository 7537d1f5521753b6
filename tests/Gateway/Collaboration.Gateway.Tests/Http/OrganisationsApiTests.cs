using System.Net;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>Organisations over HTTP, organisation numbers on municipalities, and organisations taking part in projects.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrganisationsApiTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task An_organisation_is_registered_read_listed_patched_and_on_record()
    {
        const string path = "/api/organisations/938967091";
        var put = await Http.ApiPutAsync(path, new
        {
            name = "Nord-Trøndelag fylkeskommune",
            kind = "countycouncil",
            county = "Nord-Trøndelag",
            contacts = new[] { new { name = "Fylkesrådmann", role = "administrasjonssjef" } },
        });
        Assert.Equal(HttpStatusCode.Created, put.Status);
        Assert.Equal(path, put.Location);
        Assert.Equal("\"1\"", put.ETag);

        var read = await Http.ReadAsync(path);
        Assert.Equal("countycouncil", (string?)read["kind"]);
        Assert.Equal("Fylkesrådmann", (string?)read["contacts"]![0]!["name"]);
        Assert.Empty(read["forums"]!.AsArray());
        Assert.Contains((await Http.ReadAsync("/api/organisations?limit=1000"))["organisations"]!.AsArray(), o => (string?)o!["organisationNumber"] == "938967091");

        var patched = await Http.ApiPatchAsync(path, new { dissolved = "2017-12-31", successor = "817920632" }, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("2017-12-31", (string?)patched.Json["dissolved"]);
        Assert.Equal("817920632", (string?)patched.Json["successor"]);
        Assert.Equal("Nord-Trøndelag fylkeskommune", (string?)patched.Json["name"]);

        var stale = await Http.ApiPatchAsync(path, new { name = "Feil" }, "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("Nord-Trøndelag fylkeskommune", (string?)(await Http.ReadAsync(path))["name"]);

        var history = (await Http.ReadAsync($"{path}/history"))["entries"]!.AsArray();
        Assert.Equal(["Organisations/PatchOrganisation", "Organisations/PutOrganisation"], history.Select(e => (string)e!["operation"]!));
    }

    [Fact]
    public async Task A_patch_that_would_leave_a_successor_without_a_last_day_is_refused_and_changes_nothing()
    {
        const string path = "/api/organisations/958731469";
        await Http.ApiPutAsync(path, new { name = "Klæbu", kind = "municipality", dissolved = "2019-12-31", successor = "5001" });
        var before = await Http.ReadAsync(path);

        var cleared = await Http.ApiPatchAsync(path, new Dictionary<string, object?> { ["dissolved"] = null });

        Assert.Equal(HttpStatusCode.BadRequest, cleared.Status);
        Assert.Equal("successor", (string?)cleared.Json["field"]);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(before, await Http.ReadAsync(path)));
    }

    [Fact]
    public async Task A_municipality_keeps_its_organisation_number_which_a_former_one_may_share()
    {
        const string path = "/api/municipalities/5054";
        var put = await Http.ApiPutAsync(path, new { name = "Indre Fosen", county = "Trøndelag", organisationNumber = "944 305 483" });
        Assert.Equal("944305483", (string?)put.Json["organisationNumber"]);

        // Indre Fosen carried on Rissa's legal entity: the number is in both registers.
        var rissa = await Http.ApiPutAsync("/api/organisations/944305483", new { name = "Rissa", kind = "municipality", dissolved = "2017-12-31", successor = "5054" });
        Assert.Equal(HttpStatusCode.Created, rissa.Status);

        var bad = await Http.ApiPatchAsync(path, new { organisationNumber = "944305484" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("organisationNumber", (string?)bad.Json["field"]);
        Assert.Equal("944305483", (string?)(await Http.ReadAsync(path))["organisationNumber"]);

        var cleared = await Http.ApiPatchAsync(path, new Dictionary<string, object?> { ["organisationNumber"] = null });
        Assert.Equal(HttpStatusCode.OK, cleared.Status);
        Assert.Null((await Http.ReadAsync(path))["organisationNumber"]);
        Assert.Equal("Indre Fosen", (string?)(await Http.ReadAsync(path))["name"]);
    }

    [Fact]
    public async Task A_county_council_takes_part_in_a_project_and_is_answered_with_its_name()
    {
        await Http.ApiPutAsync("/api/organisations/817920632", new { name = "Trøndelag fylkeskommune", kind = "countycouncil", county = "Trøndelag" });
        const string project = "/api/projects/fylke-og-kommuner";
        await Http.ApiPutAsync(project, new { title = "Regional plan for arealbruk" });

        var county = await Http.ApiPutAsync($"{project}/participants/817920632", new { role = "lead" });
        Assert.Equal(HttpStatusCode.Created, county.Status);
        Assert.Equal("Trøndelag fylkeskommune", (string?)county.Json["name"]);
        Assert.Equal("817920632", (string?)county.Json["kommunenummer"]);
        await Http.ApiPutAsync($"{project}/participants/5028", new { });

        var participants = (await Http.ReadAsync(project))["participants"]!.AsArray();
        Assert.Equal(["5028", "817920632"], participants.Select(p => (string)p!["kommunenummer"]!));
        Assert.Equal(["Melhus", "Trøndelag fylkeskommune"], participants.Select(p => (string)p!["name"]!));
        var listed = (await Http.ReadAsync("/api/projects?limit=1000"))["projects"]!.AsArray().Single(p => (string?)p!["id"] == "fylke-og-kommuner")!;
        Assert.Equal("Trøndelag fylkeskommune", (string?)listed["participants"]![1]!["name"]);
        Assert.Equal("lead", (string?)(await Http.ReadAsync($"{project}/participants/817920632"))["role"]);

        var removed = await Http.ApiDeleteAsync($"{project}/participants/817920632");
        Assert.Equal(HttpStatusCode.OK, removed.Status);
        Assert.Equal(["5028"], (await Http.ReadAsync($"{project}/participants"))["participants"]!.AsArray().Select(p => (string)p!["kommunenummer"]!));
    }
}
