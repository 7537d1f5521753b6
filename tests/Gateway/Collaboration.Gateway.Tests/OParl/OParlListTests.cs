using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.OParl;

/// <summary>OParl lists page to the end without duplicates, filter by the journal's times, and refuse bad filters naming them.</summary>
[Collection(OParlCollection.Name)]
public sealed class OParlListTests(DemoSiloFixture fixture)
{
    private OParlClient Client => new(fixture.Silo.Anonymous);

    [Fact]
    public async Task Small_pages_walk_every_list_to_the_end_with_no_duplicates()
    {
        var body = await Client.GetAsync("/oparl/v1/body/trondheimsregionen");
        foreach (var list in new[] { "organization", "person", "membership", "meeting", "agendaItem", "paper" })
        {
            var whole = await Client.GetAsync((string)body[list]!);
            var (objects, pages) = await Client.WalkAsync((string)body[list]! + "?limit=3");
            var ids = objects.Select(o => (string)o["id"]!).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal((int)whole["pagination"]!["totalElements"]!, ids.Count);
            Assert.Equal(whole["data"]!.AsArray().Select(o => (string)o!["id"]!), ids);
            Assert.Equal((pages.Count), (int)pages[0]["pagination"]!["totalPages"]!);
            Assert.All(pages[..^1], p => Assert.NotNull(p["links"]!["next"]));
            Assert.Null(pages[^1]["links"]!["next"]);
            Assert.All(pages, p => Assert.True(p["data"]!.AsArray().Count <= 3));
        }
    }

    [Theory]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?limit=0", "limit")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?limit=1001", "limit")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?page=0", "page")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?created_since=yesterday", "created_since")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?created_until=2022-13-01", "created_until")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?modified_since=2022-06-03T08:30", "modified_since")]
    [InlineData("/oparl/v1/body/trondheimsregionen/meeting?modified_until=x", "modified_until")]
    [InlineData("/oparl/v1/bodies?modified_since=x", "modified_since")]
    [InlineData("/oparl/v1/body/trondheimsregionen/vote", "list")]
    [InlineData("/oparl/v1/vote/trondheimsregionen", "type")]
    public async Task Bad_filters_and_unknown_lists_are_400_naming_the_field(string url, string field)
    {
        using var response = await fixture.Silo.Anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(field, (string?)problem!["field"]);
    }

    [Fact]
    public async Task Created_filters_keep_what_was_made_in_the_span()
    {
        var url = "/oparl/v1/body/trondheimsregionen/paper";
        var all = (await Client.WalkAsync(url)).Objects;
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, (await Client.WalkAsync(url + "?created_since=2000-01-01&created_until=2999-01-01")).Objects.Count);
        Assert.Empty((await Client.WalkAsync(url + "?created_until=2000-01-01")).Objects);
        Assert.Empty((await Client.WalkAsync(url + "?modified_since=2999-01-01")).Objects);
    }
}
