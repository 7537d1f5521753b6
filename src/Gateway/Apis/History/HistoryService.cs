using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.History;

/// <summary>The History API: one object's changes, read from the journal newest first.</summary>
public sealed class HistoryService(IGrainFactory grains, ObjectKinds kinds) : Api.V1.History.HistoryBase
{
    public override Task<GetHistoryResponse> GetForumHistory(GetHistoryRequest request, ServerCallContext context)
    {
        request.Kind = "forums";
        return GetHistory(request, context);
    }

    public override async Task<GetHistoryResponse> GetHistory(GetHistoryRequest request, ServerCallContext context)
    {
        var kind = kinds.ByKind(request.Kind)
            ?? throw CollaborationException.NotFound($"There are no objects of kind '{request.Kind}' with a history.");
        var id = Field.Required(request.Id, "id");
        var before = Field.Cursor(request.HasBefore ? request.Before : null, "before");
        var limit = Field.PageSize(request.HasLimit ? request.Limit : null, "limit");

        // One more than asked shows whether an older page follows.
        var records = await grains.GetGrain<IJournalGrain>(0).ReadObjectAsync(kind.StateName, id, before, limit + 1);
        if (records.Count == 0 && before is null)
        {
            throw CollaborationException.NotFound($"{request.Kind}/{id} has no history: it was never created or changed.");
        }

        var response = new GetHistoryResponse { Kind = kind.Kind, Id = id };
        response.Entries.AddRange(records.Take(limit).Select(HistoryMessages.ToMessage));
        if (records.Count > limit)
        {
            response.Next = Field.Cursor(records[limit - 1].Position);
        }

        return response;
    }
}
