using System.Text.Json;
using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Changes;

/// <summary>The change feed: pages over HTTP and gRPC, and a live stream over gRPC.</summary>
public sealed class ChangesService(IGrainFactory grains, ObjectKinds kinds, ChangeEvents events, Gateway.Federation.PeerDirectory peers) : Api.V1.Changes.ChangesBase
{
    // How long one wait for news lasts inside a live stream before it asks again.
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private IJournalGrain Journal => grains.GetGrain<IJournalGrain>(0);

    public override async Task<HttpBody> ListChanges(ListChangesRequest request, ServerCallContext context)
    {
        var asked = request.HasKinds ? request.Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        var audience = ChangeAudience.For(context, kinds, asked, "kinds", peers);
        var limit = Field.PageSize(request.HasLimit ? request.Limit : null, "limit");
        var after = Field.Cursor(request.HasAfter ? request.After : null, "after") ?? 0;

        var page = await Journal.ReadAsync(after, audience.StateNames, limit, TimeSpan.Zero);
        if (page.Records.Count == 0)
        {
            await EnsureKnownAsync(after, request.After);
        }

        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            foreach (var record in page.Records)
            {
                json.WriteRawValue(ChangeEvents.Encode(events.ToCloudEvent(record, audience.SignedIn)).Span, skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteString("next", Field.Cursor(page.Next));
            json.WriteEndObject();
        }

        return new HttpBody { ContentType = "application/json", Data = ByteString.CopyFrom(body.GetBuffer(), 0, (int)body.Length) };
    }

    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<ChangeEvent> responseStream, ServerCallContext context)
    {
        var audience = ChangeAudience.For(context, kinds, request.Kinds, "kinds", peers);
        var after = Field.Cursor(request.HasAfter ? request.After : null, "after") ?? 0;
        await EnsureKnownAsync(after, request.After);
        var states = audience.StateNames;
        while (!context.CancellationToken.IsCancellationRequested)
        {
            var page = await Journal.ReadAsync(after, states, Field.MaxPageSize, Wait);
            foreach (var record in page.Records)
            {
                var cloudEvent = ChangeEvents.Encode(events.ToCloudEvent(record, audience.SignedIn));
                await responseStream.WriteAsync(new ChangeEvent
                {
                    Cursor = Field.Cursor(record.Position),
                    CloudEvent = System.Text.Encoding.UTF8.GetString(cloudEvent.Span),
                }, context.CancellationToken);
            }

            after = page.Next;
        }
    }

    // A cursor beyond the newest change was never handed out here: most likely another
    // installation's. Only a page that comes back empty can have one, so only then is it checked.
    private async Task EnsureKnownAsync(long after, string value)
    {
        if (after > 0 && after > await Journal.HeadAsync())
        {
            throw CollaborationException.Invalid("after", $"after: '{value}' is not a cursor of this installation's change feed.");
        }
    }
}
