using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>PATCH as a JSON merge patch: recording a decision is one small request; bad patches are refused and change nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class MergePatchTests(ApiFixture fixture)
{
    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task Recording_a_decision_keeps_the_presenter_and_the_references()
    {
        var forum = await EditableKind.FreshForumAsync(Http);
        var created = await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items",
            new { title = "Strategi", presenter = "Esther Balvers", references = new[] { "TR 49/21" } }));

        var patched = await Http.ApiPatchAsync(created.Location!, new { decision = new[] { "Saken sendes til Regionrådet." } }, created.ETag);

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Esther Balvers", (string?)patched.Json["presenter"]);
        Assert.Equal("TR 49/21", (string?)patched.Json["references"]![0]);
        Assert.Equal("Saken sendes til Regionrådet.", (string?)patched.Json["decision"]![0]);
    }

    [Fact]
    public async Task Null_clears_a_field_and_a_member_object_merges_member_by_member()
    {
        var kommunenummer = await EditableKind.FreshMunicipalityAsync(Http);
        var path = $"/api/municipalities/{kommunenummer}";
        await EditableKind.Made(Http.ApiPutAsync(path, new { name = "Kommune", county = "Agder", population = new { count = 1000, year = 2024, note = "anslag" } }));

        var patched = await Http.ApiPatchAsync(path, new { population = new { count = 1200 } });
        var cleared = await Http.ApiPatchAsync(path, JsonNode.Parse("""{"population": {"note": null}}""")!);

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal(1200, (int)patched.Json["population"]!["count"]!);
        Assert.Equal(2024, (int)patched.Json["population"]!["year"]!);
        Assert.Equal(HttpStatusCode.OK, cleared.Status);
        Assert.Null(cleared.Json["population"]!["note"]);
        Assert.Equal(1200, (int)cleared.Json["population"]!["count"]!);
    }

    [Theory]
    [InlineData("""[{"title": "x"}]""", "case")]
    [InlineData("\"title\"", "case")]
    [InlineData("""{"caseNumber": "VR 9/26"}""", "caseNumber")]
    [InlineData("""{"version": 1}""", "version")]
    [InlineData("""{"year": 2025}""", "year")]
    [InlineData("""{"followUps": []}""", "followUps")]
    [InlineData("""{"titel": "x"}""", "titel")]
    [InlineData("""{"title": null}""", "title")]
    [InlineData("""{"title": ""}""", "title")]
    [InlineData("""{"references": ["not a case"]}""", "references[0]")]
    public async Task A_bad_patch_is_400_naming_the_field_and_changes_nothing(string patch, string field)
    {
        var forum = await EditableKind.FreshForumAsync(Http);
        var created = await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items", new { title = "Sak" }));

        var answer = await Http.SendJsonAsync(HttpMethod.Patch, created.Location!, patch, [], "application/merge-patch+json");

        Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{(int)answer.Status} {answer.Body}");
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(field, (string?)answer.Json["field"]);
        Assert.True(JsonNode.DeepEquals(created.Json, await Http.ReadAsync(created.Location!)));
    }

    [Fact]
    public async Task A_patch_in_another_media_type_is_415()
    {
        var project = EditableKind.Fresh("versjon");
        await EditableKind.Made(Http.ApiPutAsync($"/api/projects/{project}", new { title = "Prosjekt" }));

        var answer = await Http.SendJsonAsync(HttpMethod.Patch, $"/api/projects/{project}", """{"title": "Ny"}""", [], "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal("Prosjekt", (string?)(await Http.ReadAsync($"/api/projects/{project}"))["title"]);
    }

    [Fact]
    public async Task Fifty_concurrent_patches_of_different_fields_of_one_case_all_land()
    {
        var forum = await EditableKind.FreshForumAsync(Http);
        var created = await EditableKind.Made(Http.ApiPostAsync($"/api/forums/{forum}/meetings/2026-03-05/agenda-items", new { title = "Sak" }));
        string[] fields = ["title", "presenter", "notes", "decision", "projects"];
        object Value(int i) => fields[i % fields.Length] switch
        {
            "decision" => new[] { $"Vedtak {i}" },
            "projects" => new[] { $"prosjekt-{i}" },
            _ => $"Verdi {i}",
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Http.ApiPatchAsync(created.Location!, new Dictionary<string, object> { [fields[i % fields.Length]] = Value(i) })));

        Assert.All(answers, a => Assert.True(a.Status == HttpStatusCode.OK, $"{(int)a.Status} {a.Body}"));
        Assert.Equal(50, answers.Select(a => (int)a.Json["version"]!).Distinct().Count());
        var stored = await Http.ReadAsync(created.Location!);
        for (var f = 0; f < fields.Length; f++)
        {
            // Each field holds the value of the patch of that field that was stored last.
            var last = Enumerable.Range(0, 50).Where(i => i % fields.Length == f).MaxBy(i => (int)answers[i].Json["version"]!);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Value(last))), stored[fields[f]]),
                $"{fields[f]} is {stored[fields[f]]}, the last patch set {System.Text.Json.JsonSerializer.Serialize(Value(last))}");
        }

        var history = await Http.ReadAsync($"/api/forums/{forum}/history?limit=100");
        Assert.Equal(50, history["entries"]!.AsArray().Count(e => (string?)e!["operation"] == "Forums/PatchCase"));
    }
}
