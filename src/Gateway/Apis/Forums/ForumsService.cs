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
        var page = await grains.ReadPageAsync<IForumGrain, Collaboration.Forums.Forum>(Register.Forums,
            ListPage.Of(request.HasAfter ? request.After : null, request.HasLimit ? request.Limit : null), g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.ForumState);
        var response = new ListForumsResponse();
        if (page.Next is { } next)
        {
            response.Next = next;
        }

        var names = await grains.NamesAsync(page.Items.SelectMany(f => f.Members).Select(m => m.MunicipalityId));
        response.Forums.AddRange(page.Items.Select(f => f.ToMessage(names)));
        return response;
    }

    public override async Task<Api.V1.Forum> GetForum(GetForumRequest request, ServerCallContext context) =>
        await AnswerAsync(await Forum(request.Id).GetAsync());

    public override Task<Api.V1.Forum> PutForum(PutForumRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/forums/{request.Id}",
            async () => await AnswerAsync(await forum.PutAsync(profile)),
            async () => await AnswerAsync(await forum.GetAsync()));
    }

    public override Task<Api.V1.Forum> PatchForum(PatchForumRequest request, ServerCallContext context)
    {
        var forum = Forum(request.Id);
        return context.PatchAsync(request.Forum, request.UpdateMask, request.HasVersion ? request.Version : null, ForumMessages.ForumFields,
            async () => await AnswerAsync(await forum.GetAsync()),
            async patched => await AnswerAsync(await forum.PutAsync(patched.ToProfile())));
    }

    /// <summary>The forum with its members' names.</summary>
    private async Task<Api.V1.Forum> AnswerAsync(Collaboration.Forums.Forum forum) =>
        forum.ToMessage(await grains.NamesAsync(forum.Members.Select(m => m.MunicipalityId)));

    private IForumGrain Forum(string id) => grains.GetGrain<IForumGrain>(Field.ForumId(id));

    private static string MeetingId(string id) => Field.Slug(id, "meetingId");

    private static (int Year, int Sequence) CaseOf(int year, int sequence) =>
        (Field.Year(year, "year"), Field.Positive(sequence, "sequence"));
}
