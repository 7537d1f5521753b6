using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

public sealed partial class ForumsService
{
    public override async Task<Api.V1.AgendaItem> ForwardCase(ForwardCaseRequest request, ServerCallContext context)
    {
        context.Creating();
        var forumId = Field.ForumId(request.Id);
        var (year, sequence) = CaseOf(request.Year, request.Sequence);
        var forwarding = new CaseForwarding(Field.ForumId(request.TargetForumId, "targetForumId"), request.HasMeetingId ? MeetingId(request.MeetingId) : null);
        var received = await CaseLinks.ForwardCaseAsync(forumId, year, sequence, forwarding);
        context.Created($"/api/forums/{forwarding.TargetForumId}/cases/{received.Number!.Year}/{received.Number.Sequence}");
        return received.ToMessage();
    }

    // Cases whose references may reach other forums are recorded through the case links, which
    // also record the backlinks there.
    private ICaseLinksGrain CaseLinks => grains.GetGrain<ICaseLinksGrain>(0);
}
