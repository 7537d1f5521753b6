using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

public sealed partial class ForumsService
{
    public override async Task<Api.V1.FollowUp> AddFollowUp(AddFollowUpRequest request, ServerCallContext context)
    {
        context.Creating();
        var forum = Forum(request.Id);
        var (year, sequence) = CaseOf(request.Year, request.Sequence);
        var draft = ForumMessages.ToDraft(request.What, request.HasAssignee ? request.Assignee : null, request.Deadline, request.HasOwner ? request.Owner : null);
        var followUp = await forum.AddFollowUpAsync(year, sequence, draft);
        context.Created($"/api/forums/{request.Id}/follow-ups/{followUp.Id}");
        return followUp.ToMessage();
    }

    public override async Task<ListFollowUpsResponse> ListFollowUps(ListFollowUpsRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var status = string.IsNullOrEmpty(request.Status) ? (FollowUpStatus?)null : Field.Enum<FollowUpStatus>(request.Status, "status");
        var response = new ListFollowUpsResponse();
        response.FollowUps.AddRange((await forum.ListFollowUpsAsync(status)).Select(f => f.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.FollowUp> GetFollowUp(GetFollowUpRequest request, ServerCallContext context) =>
        (await Forum(request.Id).GetFollowUpAsync(FollowUpId(request.FollowUpId))).ToMessage();

    public override Task<Api.V1.FollowUp> SetFollowUpStatus(SetFollowUpStatusRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var id = FollowUpId(request.FollowUpId);
        var done = ForumMessages.IsDone(request.Status);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await forum.SetFollowUpDoneAsync(id, done)).ToMessage(),
            async () => (await forum.GetFollowUpAsync(id)).ToMessage());
    }

    public override Task<Api.V1.FollowUp> PatchFollowUp(PatchFollowUpRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var id = FollowUpId(request.FollowUpId);
        if (request.FollowUp is { Status.Length: > 0 } asked)
        {
            _ = ForumMessages.IsDone(asked.Status);
        }

        return context.PatchAsync(request.FollowUp, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.FollowUpFields,
            async () => (await forum.GetFollowUpAsync(id)).ToMessage(),
            async patched => (await forum.UpdateFollowUpAsync(id,
                ForumMessages.ToDraft(patched.What, patched.HasAssignee ? patched.Assignee : null, patched.Deadline, patched.HasOwner ? patched.Owner : null),
                patched.Status == "done")).ToMessage());
    }

    private static int FollowUpId(int id) => Field.Positive(id, "followUpId");
}
