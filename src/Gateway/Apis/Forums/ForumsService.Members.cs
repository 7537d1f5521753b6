using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Collaboration.Organisations;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

public sealed partial class ForumsService
{
    public override async Task<ListMembersResponse> ListMembers(ListMembersRequest request, ServerCallContext context)
    {
        var on = Field.OptionalDate(request.HasOn ? request.On : null, "on");
        var forum = await Forum(request.Id).GetAsync();
        var members = on is { } day ? forum.MembersOn(day) : forum.Members;
        var names = await grains.NamesAsync(members.Select(m => m.MunicipalityId));
        var response = new ListMembersResponse();
        response.Members.AddRange(members.Select(m => m.ToMessage(names)));
        return response;
    }

    public override Task<Api.V1.Member> GetMember(GetMemberRequest request, ServerCallContext context) =>
        ReadMemberAsync(Forum(request.Id), MemberId(request.MemberId), Period(request.HasPeriod ? request.Period : null));

    public override async Task<Api.V1.Member> AddMember(AddMemberRequest request, ServerCallContext context)
    {
        context.Creating();
        var member = request.ToMember();
        var added = await Forum(request.Id).AddMemberAsync(member);
        context.Created($"/api/forums/{request.Id}/members/{added.MunicipalityId}?period={Wire.Date(added.From)}");
        return await AnswerAsync(added);
    }

    public override Task<Api.V1.Member> UpdateMember(UpdateMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var id = MemberId(request.MemberId);
        var period = Period(request.HasPeriod ? request.Period : null);
        var member = ForumMessages.ToMember(id, request.Role, request.From, request.HasUntil ? request.Until : null,
            request.HasDecision ? request.Decision : null);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => await AnswerAsync(await forum.UpdateMemberAsync(id, period, member)),
            () => ReadMemberAsync(forum, id, period));
    }

    public override Task<Api.V1.Member> PatchMember(PatchMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var id = MemberId(request.MemberId);
        var period = Period(request.HasPeriod ? request.Period : null);
        return context.PatchAsync(request.Member, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.MemberFields,
            () => ReadMemberAsync(forum, id, period),
            async patched => await AnswerAsync(await forum.UpdateMemberAsync(id, period, ForumMessages.ToMember(id, patched.Role, patched.From,
                patched.HasUntil ? patched.Until : null, patched.HasDecision ? patched.Decision : null))));
    }

    public override Task<Api.V1.Forum> RemoveMember(RemoveMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var id = MemberId(request.MemberId);
        var period = Period(request.HasPeriod ? request.Period : null);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () =>
            {
                await forum.RemoveMemberAsync(id, period);
                return await AnswerAsync(await forum.GetAsync());
            },
            async () => await AnswerAsync(await forum.GetAsync()));
    }

    /// <summary>The period starting on <paramref name="period"/>, or the member's latest.</summary>
    private async Task<Api.V1.Member> ReadMemberAsync(IForumGrain forum, string id, DateOnly? period) =>
        await AnswerAsync(Collaboration.Forums.Member.Find((await forum.GetAsync()).Members, id, period)
            ?? throw CollaborationException.NotFound(period is null ? $"{id} is not a member." : $"{id} has no membership starting {Wire.Date(period.Value)}."));

    private async Task<Api.V1.Member> AnswerAsync(Collaboration.Forums.Member member) =>
        member.ToMessage(await grains.NamesAsync([member.MunicipalityId]));

    private static string MemberId(string id) => Field.BodyId(id, "memberId");

    private static DateOnly? Period(string? period) => Field.OptionalDate(period, "period");
}
