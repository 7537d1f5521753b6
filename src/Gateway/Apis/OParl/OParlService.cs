using System.Text.Json;
using System.Text.Json.Nodes;
using Collaboration.Api.V1;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>The OParl API: the System, the Bodies (councils) and each Body's lists and objects, as OParl 1.1 JSON.</summary>
public sealed class OParlService(OParlRecord record, TimeProvider clock) : Api.V1.OParl.OParlBase
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override Task<HttpBody> GetSystem(GetOParlSystemRequest request, ServerCallContext context) =>
        Task.FromResult(File(OParlBodies.System(Urls(context))));

    public override async Task<HttpBody> ListBodies(ListOParlObjectsRequest request, ServerCallContext context)
    {
        var query = OParlQuery.Of(request);
        var urls = Urls(context);
        return File(OParlPage.Of(await record.BodiesAsync(urls), query, urls.Bodies, clock.GetUtcNow()));
    }

    public override async Task<HttpBody> ListObjects(ListOParlObjectsRequest request, ServerCallContext context)
    {
        var query = OParlQuery.Of(request);
        var urls = Urls(context);
        var entries = await record.ListAsync(urls, request.Body, request.List);
        return File(OParlPage.Of(entries, query, urls.List(OParlUrls.ForumId(request.Body), request.List), clock.GetUtcNow()));
    }

    public override async Task<HttpBody> GetObject(GetOParlObjectRequest request, ServerCallContext context) =>
        File((await record.GetAsync(Urls(context), request.Type, request.Key)).ToJson());

    private static OParlUrls Urls(ServerCallContext context) => OParlUrls.For(context.GetHttpContext().Request);

    private static HttpBody File(JsonObject json) =>
        new() { ContentType = "application/json; charset=utf-8", Data = ByteString.CopyFrom(JsonSerializer.SerializeToUtf8Bytes(json, Json)) };
}
