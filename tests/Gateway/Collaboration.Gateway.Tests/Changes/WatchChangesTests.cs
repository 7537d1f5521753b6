using System.Text.Json.Nodes;
using Collaboration.Api.V1;
using Grpc.Core;

namespace Collaboration.Gateway.Tests.Changes;

/// <summary>The live feed over gRPC: catches up from a cursor, then streams changes as they are stored, and resumes after a disconnect.</summary>
[Collection(ApiCollection.Name)]
public sealed class WatchChangesTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_stream_delivers_a_change_as_it_is_stored_and_resumes_from_its_cursor()
    {
        var feed = new Api.V1.Changes.ChangesClient(fixture.Silo.Grpc);
        var head = (string)(await fixture.Http.ReadAsync("/api/changes?kinds=projects&limit=1000"))["next"]!;
        string cursor;
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        using (var stream = feed.WatchChanges(new WatchChangesRequest { After = head, Kinds = { "projects" } }, cancellationToken: timeout.Token))
        {
            await Ensure(fixture.Http.ApiPutAsync("/api/projects/watched", new { title = "Sett på direkten" }));

            Assert.True(await stream.ResponseStream.MoveNext(timeout.Token));
            var live = stream.ResponseStream.Current;
            var cloudEvent = JsonNode.Parse(live.CloudEvent)!;
            Assert.Equal("/api/projects/watched", (string?)cloudEvent["subject"]);
            Assert.Equal(live.Cursor, (string?)cloudEvent["cursor"]);
            cursor = live.Cursor;
        }

        await Ensure(fixture.Http.ApiPutAsync("/api/projects/watched", new { title = "Sett igjen" }));
        using var again = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var resumed = feed.WatchChanges(new WatchChangesRequest { After = cursor, Kinds = { "projects" } }, cancellationToken: again.Token);

        Assert.True(await resumed.ResponseStream.MoveNext(again.Token));
        var next = JsonNode.Parse(resumed.ResponseStream.Current.CloudEvent)!;
        Assert.Equal(("/api/projects/watched", 2), ((string?)next["subject"], (int)next["data"]!["version"]!));
    }

    [Fact]
    public async Task A_stream_with_a_bad_cursor_or_kind_is_refused()
    {
        var feed = new Api.V1.Changes.ChangesClient(fixture.Silo.Grpc);

        var badCursor = await Assert.ThrowsAsync<RpcException>(() => feed.WatchChanges(new WatchChangesRequest { After = "x" }).ResponseStream.MoveNext());
        var badKind = await Assert.ThrowsAsync<RpcException>(() => feed.WatchChanges(new WatchChangesRequest { Kinds = { "things" } }).ResponseStream.MoveNext());

        Assert.Equal(StatusCode.InvalidArgument, badCursor.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, badKind.StatusCode);
    }

    private static async Task Ensure(Task<ApiAnswer> call)
    {
        var answer = await call;
        Assert.True((int)answer.Status < 300, $"{(int)answer.Status} {answer.Body}");
    }
}
