using Collaboration.Access;
using Collaboration.Api;
using Collaboration.Api.V1;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.History;

/// <summary>The History API: finds the object's grain by its kind and reads its history.</summary>
public sealed class HistoryService(IGrainFactory grains, IEnumerable<HistoryKind> kinds) : Api.V1.History.HistoryBase
{
    public override async Task<GetHistoryResponse> GetHistory(GetHistoryRequest request, ServerCallContext context)
    {
        var kind = kinds.FirstOrDefault(k => k.Kind == request.Kind)
            ?? throw CollaborationException.NotFound($"There are no objects of kind '{request.Kind}' with a history.");
        var id = Field.Required(request.Id, "id");
        var entries = await ((IHistoryGrain)grains.GetGrain(kind.GrainInterface, id)).GetHistoryAsync();
        if (entries.Count == 0)
        {
            throw CollaborationException.NotFound($"{request.Kind}/{id} has no history: it was never created or changed.");
        }

        var response = new GetHistoryResponse { Kind = kind.Kind, Id = id };
        response.Entries.AddRange(entries.Select(entry =>
        {
            var message = new Api.V1.AuditEntry { At = Wire.OsloInstant(entry.At), Subject = entry.Subject, Role = entry.Role, Operation = entry.Operation };
            if (entry.Municipality is { } municipality)
            {
                message.Municipality = municipality;
            }

            if (entry.RequestId is { } requestId)
            {
                message.RequestId = requestId;
            }

            return message;
        }));
        return response;
    }
}
