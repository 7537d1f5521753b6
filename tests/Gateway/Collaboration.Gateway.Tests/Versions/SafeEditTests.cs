using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Versions;

/// <summary>
/// Every kind of object, core and plugins: answers carry the version as ETag, a stale If-Match is
/// refused with the current object and changes nothing, a one-field PATCH changes that field alone,
/// and conditional reads answer 304 and HEAD.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SafeEditTests(ApiFixture fixture)
{
    public static TheoryData<string> Kinds => [.. EditableKinds.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Of_two_editors_who_read_the_same_version_only_the_first_wins(string kind)
    {
        var (path, field, first, second) = await MakeAsync(kind);
        var read = await fixture.Http.ApiGetAsync(path);
        Assert.Equal($"\"{(int)read.Json["version"]!}\"", read.ETag);

        var won = await fixture.Http.ApiPatchAsync(path, new Dictionary<string, object> { [field] = first }, read.ETag);
        var lost = await fixture.Http.ApiPatchAsync(path, new Dictionary<string, object> { [field] = second }, read.ETag);

        Assert.Equal(HttpStatusCode.OK, won.Status);
        Assert.NotEqual(read.ETag, won.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, lost.Status);
        Assert.Equal("application/problem+json", lost.ContentType);
        Assert.True(JsonNode.DeepEquals(won.Json, lost.Json["current"]), $"412 carries {lost.Json["current"]}, not {won.Json}");
        Assert.True(JsonNode.DeepEquals(won.Json, await fixture.Http.ReadAsync(path)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_one_field_patch_changes_that_field_and_nothing_else(string kind)
    {
        var (path, field, first, _) = await MakeAsync(kind);
        var before = (await fixture.Http.ReadAsync(path)).AsObject();

        var patched = await fixture.Http.ApiPatchAsync(path, new Dictionary<string, object> { [field] = first });

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        var after = (await fixture.Http.ReadAsync(path)).AsObject();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(first)), after[field]), $"{field} is {after[field]}");
        Assert.True((int)after["version"]! > (int)before["version"]!);
        Assert.True(JsonNode.DeepEquals(Without(before, field), Without(after, field)), $"before {before}\nafter {after}");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_reader_holding_the_current_version_gets_304_and_HEAD_gets_the_headers_alone(string kind)
    {
        var (path, _, _, _) = await MakeAsync(kind);
        var read = await fixture.Http.ApiGetAsync(path);

        var notModified = await fixture.Http.SendJsonAsync(HttpMethod.Get, path, null, [("If-None-Match", read.ETag!)]);
        var stale = await fixture.Http.SendJsonAsync(HttpMethod.Get, path, null, [("If-None-Match", "\"999999\"")]);
        var head = await fixture.Http.SendJsonAsync(HttpMethod.Head, path, null, []);

        Assert.Equal(HttpStatusCode.NotModified, notModified.Status);
        Assert.Null(notModified.Body);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Equal(HttpStatusCode.OK, head.Status);
        Assert.Equal(read.ETag, head.ETag);
        Assert.Null(head.Body);
    }

    private async Task<(string Path, string Field, object First, object Second)> MakeAsync(string name)
    {
        var kind = EditableKinds.All.Single(k => k.Name == name);
        var path = await kind.Create(fixture.Http);
        var (field, first, second) = kind.Fields[0];
        return (path, field, first, second);
    }

    private static JsonObject Without(JsonObject json, string field)
    {
        var copy = json.DeepClone().AsObject();
        copy.Remove(field);
        copy.Remove("version");
        return copy;
    }
}
