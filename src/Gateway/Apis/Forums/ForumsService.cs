using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Forums;
using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>The Forums API: maps requests to forum grains. Forums and members here; meetings, cases and follow-ups beside.</summary>
public sealed partial class ForumsService(IGrainFactory grains) : Api.V1.Forums.ForumsBase
{
    public override async Task<ListForumsResponse> ListForums(ListForumsRequest request, ServerCallContext context)
    {
        var forums = await grains.ReadAllAsync<IForumGrain, Collaboration.Forums.Forum>(Register.Forums, g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.ForumState);
        var names = await grains.NamesAsync(forums.SelectMany(f => f.Members).Select(m => m.MunicipalityId));
        var response = new ListForumsResponse();
        response.Forums.AddRange(forums.Select(f => f.ToMessage(names)));
        return response;
    }

    public override Task<Api.V1.Forum> GetForum(GetForumRequest request, ServerCallContext context) =>
        AnswerAsync(Forum(request.Id).GetAsync());

    public override Task<Api.V1.Forum> PutForum(PutForumRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/forums/{request.Id}",
            () => AnswerAsync(forum.PutAsync(profile)),
            () => AnswerAsync(forum.GetAsync()));
    }

    public override Task<Api.V1.Forum> PatchForum(PatchForumRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        return context.PatchAsync(request.Forum, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.ForumFields,
            () => AnswerAsync(forum.GetAsync()),
            patched => AnswerAsync(forum.PutAsync(patched.ToProfile())));
    }

    public override async Task<ListMembersResponse> ListMembers(ListMembersRequest request, ServerCallContext context)
    {
        var members = (await Forum(request.Id).GetAsync()).Members;
        var names = await grains.NamesAsync(members.Select(m => m.MunicipalityId));
        var response = new ListMembersResponse();
        response.Members.AddRange(members.Select(m => m.ToMessage(names.GetValueOrDefault(m.MunicipalityId))));
        return response;
    }

    public override async Task<Api.V1.Member> GetMember(GetMemberRequest request, ServerCallContext context) =>
        await ReadMemberAsync(Forum(request.Id), Field.Kommunenummer(request.Kommunenummer));

    public override async Task<Api.V1.Member> AddMember(AddMemberRequest request, ServerCallContext context)
    {
        context.Creating();
        var forum = Forum(request.Id);
        var member = ForumMessages.ToMember(request.Kommunenummer, request.Role, request.From, request.HasUntil ? request.Until : null);
        var added = await forum.AddMemberAsync(member);
        context.Created($"/api/forums/{request.Id}/members/{added.MunicipalityId}");
        return await AnswerAsync(added);
    }

    public override Task<Api.V1.Member> UpdateMember(UpdateMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var member = ForumMessages.ToMember(request.Kommunenummer, request.Role, request.From, request.HasUntil ? request.Until : null);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => await AnswerAsync(await forum.UpdateMemberAsync(member)),
            () => ReadMemberAsync(forum, member.MunicipalityId));
    }

    public override Task<Api.V1.Member> PatchMember(PatchMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return context.PatchAsync(request.Member, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.MemberFields,
            () => ReadMemberAsync(forum, kommunenummer),
            async patched => await AnswerAsync(await forum.UpdateMemberAsync(ForumMessages.ToMember(kommunenummer, patched.Role, patched.From,
                patched.HasUntil ? patched.Until : null))));
    }

    public override Task<Api.V1.Forum> RemoveMember(RemoveMemberRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () =>
            {
                await forum.RemoveMemberAsync(kommunenummer);
                return await AnswerAsync(forum.GetAsync());
            },
            () => AnswerAsync(forum.GetAsync()));
    }

    private async Task<Api.V1.Member> ReadMemberAsync(IForumGrain forum, string kommunenummer) =>
        await AnswerAsync((await forum.GetAsync()).Members.FirstOrDefault(m => m.MunicipalityId == kommunenummer)
            ?? throw CollaborationException.NotFound($"Municipality {kommunenummer} is not a member."));

    // Answers name the members they list, as registered now.
    private async Task<Api.V1.Forum> AnswerAsync(Task<Collaboration.Forums.Forum> call)
    {
        var forum = await call;
        return forum.ToMessage(await grains.NamesAsync(forum.Members.Select(m => m.MunicipalityId)));
    }

    private async Task<Api.V1.Member> AnswerAsync(Collaboration.Forums.Member member) => member.ToMessage(await grains.NameAsync(member.MunicipalityId));

    private IForumGrain Forum(string id) => grains.GetGrain<IForumGrain>(Field.ForumId(id));

    private static string MeetingId(string id) => Field.Slug(id, "meetingId");

    private static (int Year, int Sequence) CaseOf(int year, int sequence) =>
        (Field.Year(year, "year"), Field.Positive(sequence, "sequence"));
}
