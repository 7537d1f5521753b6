using System.Net;

namespace Collaboration.Gateway.Tests.Changes;

/// <summary>modified_since and created_since on the list routes, answered from the journal.</summary>
[Collection(ApiCollection.Name)]
public sealed class ChangedSinceTests(ApiFixture fixture)
{
    [Fact]
    public async Task Lists_keep_only_what_changed_or_was_created_since_a_time()
    {
        await Ensure(fixture.Http.ApiPutAsync("/api/projects/since-old", new { title = "Gammel" }));
        await Task.Delay(20);
        await Ensure(fixture.Http.ApiPutAsync("/api/projects/since-new", new { title = "Ny" }));
        var newTime = await TimeOfLastChangeAsync("/api/projects/since-new");

        Assert.Equal(["since-new"], await IdsAsync($"/api/projects?modifiedSince={newTime}", "projects", "since-"));

        await Ensure(fixture.Http.ApiPutAsync("/api/projects/since-old", new { title = "Gammel, endret" }));
        Assert.Equal(["since-new", "since-old"], await IdsAsync($"/api/projects?modifiedSince={newTime}", "projects", "since-"));
        Assert.Equal(["since-new"], await IdsAsync($"/api/projects?createdSince={newTime}", "projects", "since-"));
        Assert.Empty(await IdsAsync("/api/projects?modified_since=2999-01-01", "projects", ""));
        Assert.Contains("5001", await IdsAsync("/api/municipalities?modifiedSince=2020-01-01&limit=1000", "municipalities", ""));
        Assert.Contains(ApiFixture.Directors, await IdsAsync("/api/forums?createdSince=2020-01-01&limit=1000", "forums", ""));
        Assert.Empty(await IdsAsync("/api/funding/calls?createdSince=2999-01-01", "calls", ""));
    }

    [Theory]
    [InlineData("/api/projects?modifiedSince=yesterday", "modifiedSince")]
    [InlineData("/api/forums?createdSince=2026-13-01", "createdSince")]
    [InlineData("/api/municipalities?modifiedSince=2026-01-01T10:00:00", "modifiedSince")]
    public async Task A_time_that_is_not_one_is_refused_naming_the_parameter(string path, string field)
    {
        var answer = await fixture.Http.ApiGetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(field, (string?)answer.Json["field"]);
    }

    private async Task<string> TimeOfLastChangeAsync(string subject)
    {
        var events = (await fixture.Http.ReadAsync("/api/changes?kinds=projects&limit=1000"))["changes"]!.AsArray();
        return (string)events.Last(e => (string?)e!["subject"] == subject)!["time"]!;
    }

    private async Task<List<string>> IdsAsync(string path, string list, string prefix) =>
        [.. (await fixture.Http.ReadAsync(path))[list]!.AsArray()
            .Select(item => (string)(item!["id"] ?? item["kommunenummer"])!)
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    private static async Task Ensure(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True((int)answer.Status < 300, $"{(int)answer.Status} {answer.Body}");
    }
}
