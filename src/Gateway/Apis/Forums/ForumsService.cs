using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>The Forums API: maps requests to forum grains.</summary>
public sealed class ForumsService(IGrainFactory grains) : Api.V1.Forums.ForumsBase
{
    public override async Task<ListForumsResponse> ListForums(ListForumsRequest request, ServerCallContext context)
    {
        var forums = await grains.ReadAllAsync<IForumGrain, Collaboration.Forums.Forum>(Register.Forums, g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.ForumState);
        var response = new ListForumsResponse();
        response.Forums.AddRange(forums.Select(f => f.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Forum> GetForum(GetForumRequest request, ServerCallContext context) =>
        (await Forum(request.Id).GetAsync()).ToMessage();

    public override async Task<Api.V1.Forum> PutForum(PutForumRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        return (await forum.PutAsync(request.ToProfile())).ToMessage();
    }

    public override async Task<ListMembersResponse> ListMembers(ListMembersRequest request, ServerCallContext context)
    {
        var response = new ListMembersResponse();
        response.Members.AddRange((await Forum(request.Id).GetAsync()).Members.Select(m => m.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Member> AddMember(AddMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var member = ForumMessages.ToMember(request.Kommunenummer, request.Role, request.From, request.HasUntil ? request.Until : null);
        var added = await forum.AddMemberAsync(member);
        context.Created();
        return added.ToMessage();
    }

    public override async Task<Api.V1.Member> UpdateMember(UpdateMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var member = ForumMessages.ToMember(request.Kommunenummer, request.Role, request.From, request.HasUntil ? request.Until : null);
        return (await forum.UpdateMemberAsync(member)).ToMessage();
    }

    public override async Task<Api.V1.Forum> RemoveMember(RemoveMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        await forum.RemoveMemberAsync(Field.Kommunenummer(request.Kommunenummer));
        return (await forum.GetAsync()).ToMessage();
    }

    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        var response = new ListMeetingsResponse();
        response.Meetings.AddRange((await Forum(request.Id).ListMeetingsAsync()).Select(m => m.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var meeting = await forum.CreateMeetingAsync(request.ToDetails());
        context.Created();
        return meeting.ToMessage();
    }

    public override async Task<Api.V1.Meeting> GetMeeting(GetMeetingRequest request, ServerCallContext context) =>
        (await Forum(request.Id).GetMeetingAsync(MeetingId(request.MeetingId))).ToMessage();

    public override async Task<Api.V1.Meeting> PutMeeting(PutMeetingRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var meetingId = MeetingId(request.MeetingId);
        return (await forum.PutMeetingAsync(meetingId, request.ToDetails())).ToMessage();
    }

    public override async Task<Api.V1.AgendaItem> AddAgendaItem(AddAgendaItemRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var meetingId = MeetingId(request.MeetingId);
        var item = await forum.AddAgendaItemAsync(meetingId, request.ToDraft());
        context.Created();
        return item.ToMessage();
    }

    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var year = request.HasYear ? Field.Year(request.Year, "year") : (int?)null;
        var response = new ListCasesResponse();
        response.Cases.AddRange((await forum.ListCasesAsync(year)).Select(c => c.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.AgendaItem> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        return (await forum.GetCaseAsync(Field.Year(request.Year, "year"), Field.Positive(request.Sequence, "sequence"))).ToMessage();
    }

    public override async Task<Api.V1.AgendaItem> UpdateCase(UpdateCaseRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var draft = request.ToDraft();
        return (await forum.UpdateCaseAsync(Field.Year(request.Year, "year"), Field.Positive(request.Sequence, "sequence"), draft)).ToMessage();
    }

    public override async Task<Api.V1.FollowUp> AddFollowUp(AddFollowUpRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var draft = ForumMessages.ToDraft(request.What, request.HasAssignee ? request.Assignee : null, request.Deadline);
        var followUp = await forum.AddFollowUpAsync(Field.Year(request.Year, "year"), Field.Positive(request.Sequence, "sequence"), draft);
        context.Created();
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

    public override async Task<Api.V1.FollowUp> SetFollowUpStatus(SetFollowUpStatusRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var done = Field.Enum<FollowUpStatus>(request.Status, "status") switch
        {
            FollowUpStatus.Done => true,
            FollowUpStatus.Open => false,
            _ => throw CollaborationException.Invalid("status", "A follow-up is set to done or open; overdue follows from its deadline."),
        };
        return (await forum.SetFollowUpDoneAsync(Field.Positive(request.FollowUpId, "followUpId"), done)).ToMessage();
    }

    private IForumGrain Forum(string id) => grains.GetGrain<IForumGrain>(Field.ForumId(id));

    private static string MeetingId(string id) => Field.Slug(id, "meetingId");
}
