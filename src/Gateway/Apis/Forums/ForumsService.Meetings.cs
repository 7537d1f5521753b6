using Collaboration.Api;
using Collaboration.Api.V1;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

public sealed partial class ForumsService
{
    public override async Task<ListMeetingsResponse> ListMeetings(ListMeetingsRequest request, ServerCallContext context)
    {
        var response = new ListMeetingsResponse();
        response.Meetings.AddRange((await Forum(request.Id).ListMeetingsAsync()).Select(m => m.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Meeting> CreateMeeting(CreateMeetingRequest request, ServerCallContext context)
    {
        context.Creating();
        var forum = Forum(request.Id);
        var meeting = await forum.CreateMeetingAsync(request.ToDetails());
        context.Created($"/api/forums/{request.Id}/meetings/{meeting.Id}");
        return meeting.ToMessage();
    }

    public override async Task<Api.V1.Meeting> GetMeeting(GetMeetingRequest request, ServerCallContext context) =>
        (await Forum(request.Id).GetMeetingAsync(MeetingId(request.MeetingId))).ToMessage();

    public override Task<Api.V1.Meeting> PutMeeting(PutMeetingRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var meetingId = MeetingId(request.MeetingId);
        var details = request.ToDetails();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/forums/{request.Id}/meetings/{meetingId}",
            async () => (await forum.PutMeetingAsync(meetingId, details)).ToMessage(),
            async () => (await forum.GetMeetingAsync(meetingId)).ToMessage());
    }

    public override Task<Api.V1.Meeting> PatchMeeting(PatchMeetingRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var meetingId = MeetingId(request.MeetingId);
        return context.PatchAsync(request.Meeting, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.MeetingFields,
            async () => (await forum.GetMeetingAsync(meetingId)).ToMessage(),
            async patched => (await forum.PutMeetingAsync(meetingId, patched.ToDetails())).ToMessage());
    }

    public override async Task<Api.V1.AgendaItem> AddAgendaItem(AddAgendaItemRequest request, ServerCallContext context)
    {
        context.Creating();
        var meetingId = MeetingId(request.MeetingId);
        var item = await CaseLinks.AddAgendaItemAsync(Field.ForumId(request.Id), meetingId, request.ToDraft());
        context.Created($"/api/forums/{request.Id}/cases/{item.Number!.Year}/{item.Number.Sequence}");
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
        var (year, sequence) = CaseOf(request.Year, request.Sequence);
        return (await Forum(request.Id).GetCaseAsync(year, sequence)).ToMessage();
    }

    public override Task<Api.V1.AgendaItem> UpdateCase(UpdateCaseRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var (year, sequence) = CaseOf(request.Year, request.Sequence);
        var draft = request.ToDraft();
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await CaseLinks.UpdateCaseAsync(request.Id, year, sequence, draft)).ToMessage(),
            async () => (await forum.GetCaseAsync(year, sequence)).ToMessage());
    }

    public override Task<Api.V1.AgendaItem> PatchCase(PatchCaseRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var (year, sequence) = CaseOf(request.Year, request.Sequence);
        Api.V1.AgendaItem? current = null;
        return context.PatchAsync(request.Case, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.CaseFields,
            async () => current = (await forum.GetCaseAsync(year, sequence)).ToMessage(),
            async patched => (await CaseLinks.UpdateCaseAsync(request.Id, year, sequence, patched.ToDraft(current!))).ToMessage());
    }
}
