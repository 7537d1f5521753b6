using System.Net;

namespace Collaboration.Gateway.Tests.Http;

/// <summary>The list routes answer a page at a time: "limit" objects after the cursor "after", with "next" while more follow.</summary>
[Collection(ApiCollection.Name)]
public sealed class ListPagingTests(ApiFixture fixture)
{
    private static readonly string[] Ids = ["paging-a", "paging-b", "paging-c", "paging-d", "paging-e"];

    private HttpClient Http => fixture.Http;

    [Fact]
    public async Task Pages_follow_one_another_in_id_order_until_the_last_has_no_next()
    {
        foreach (var id in Ids.Reverse())
        {
            Assert.True((await Http.ApiPutAsync($"/api/projects/{id}", new { title = id })).Status is HttpStatusCode.OK or HttpStatusCode.Created);
        }

        var first = await Http.ReadAsync("/api/projects?after=paging-&limit=2");
        Assert.Equal(["paging-a", "paging-b"], IdsOf(first));
        Assert.Equal("paging-b", (string?)first["next"]);

        var second = await Http.ReadAsync("/api/projects?after=paging-b&limit=2");
        Assert.Equal(["paging-c", "paging-d"], IdsOf(second));

        var walked = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await Http.ReadAsync(next is null ? "/api/projects?limit=3" : $"/api/projects?limit=3&after={Uri.EscapeDataString(next)}");
            Assert.InRange(IdsOf(page).Count, 1, 3);
            walked.AddRange(IdsOf(page));
            next = (string?)page["next"];
            pages++;
        }
        while (next is not null);

        var whole = IdsOf(await Http.ReadAsync("/api/projects?limit=1000"));
        Assert.Equal(whole, walked);
        Assert.Equal(whole.Order(StringComparer.Ordinal), walked);
        Assert.Superset(Ids.ToHashSet(), walked.ToHashSet());
        Assert.Equal((whole.Count + 2) / 3, pages);
    }

    [Fact]
    public async Task The_last_page_has_no_next_and_a_cursor_past_the_end_answers_an_empty_page()
    {
        var last = await Http.ReadAsync("/api/forums?after=zzzz-before-the-end&limit=5");
        Assert.Null(last["next"]);

        var past = await Http.ReadAsync("/api/municipalities?after=9999");
        Assert.Empty(past["municipalities"]?.AsArray() ?? []);
        Assert.Null(past["next"]);
    }

    [Fact]
    public async Task A_list_without_limit_answers_a_hundred_and_the_cursor_of_the_rest()
    {
        await Parallel.ForEachAsync(Enumerable.Range(0, 101), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            Assert.True((await Http.ApiPutAsync($"/api/projects/many-{i:000}", new { title = $"Mange {i}" })).Status is HttpStatusCode.OK or HttpStatusCode.Created));

        var page = await Http.ReadAsync("/api/projects?after=many-");
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"many-{i:000}"), IdsOf(page));
        Assert.Equal("many-099", (string?)page["next"]);
        Assert.Equal("many-100", IdsOf(await Http.ReadAsync("/api/projects?after=many-099")).First());
    }

    private static List<string> IdsOf(System.Text.Json.Nodes.JsonNode page) =>
        [.. (page["projects"]?.AsArray() ?? []).Select(p => (string)p!["id"]!)];
}
