using System.Text.Json;
using Collaboration.Api.V1;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>The Exports API: the Popolo and IATI documents as files, like the portfolio's CSV.</summary>
public sealed class ExportsService(PopoloExport popolo, IatiExport iati) : Api.V1.Exports.ExportsBase
{
    public override async Task<HttpBody> GetPopolo(GetPopoloRequest request, ServerCallContext context) =>
        File("application/json; charset=utf-8", JsonSerializer.SerializeToUtf8Bytes(await popolo.ReadAsync(), PopoloExport.Json));

    public override async Task<HttpBody> GetIati(GetIatiRequest request, ServerCallContext context) =>
        File("application/xml; charset=utf-8", await iati.WriteAsync());

    private static HttpBody File(string contentType, byte[] bytes) => new() { ContentType = contentType, Data = ByteString.CopyFrom(bytes) };
}
