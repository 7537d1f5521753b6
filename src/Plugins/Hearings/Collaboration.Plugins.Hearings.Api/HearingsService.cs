using Collaboration.Api;
using Collaboration.Hearings.Api.V1;
using Collaboration.Organisations;
using Grpc.Core;

namespace Collaboration.Hearings.Api;

/// <summary>The Hearings API: maps requests to the hearing grains and the register of hearings.</summary>
internal sealed class HearingsService(IGrainFactory grains) : V1.Hearings.HearingsBase
{
    public override async Task<V1.Hearing> SendHearing(SendHearingRequest request, ServerCallContext context)
    {
        var sending = request.ToNewHearing();
        context.Creating();
        var id = HearingsPlugin.HearingId(sending.ForumId, sending.Year, sending.Sequence);
        var hearing = await grains.GetGrain<IHearingGrain>(id).SendAsync(sending);
        context.Created($"/api/hearings/{id}");
        return await AnswerAsync(hearing);
    }

    public override async Task<ListHearingsResponse> ListHearings(ListHearingsRequest request, ServerCallContext context)
    {
        var forumId = request.HasForumId ? Field.ForumId(request.ForumId, "forumId") : null;
        var bodyId = request.HasKommunenummer ? Field.Kommunenummer(request.Kommunenummer) : null;
        var listings = await grains.GetGrain<IHearingRegisterGrain>(IHearingRegisterGrain.Key).ListAsync(forumId, bodyId);
        var hearings = await Task.WhenAll(listings.Select(l => grains.GetGrain<IHearingGrain>(l.Id).GetAsync()));
        var names = await grains.NamesAsync(hearings.SelectMany(h => h.Bodies.Select(b => b.BodyId)));
        var response = new ListHearingsResponse();
        response.Hearings.AddRange(hearings.Select(h => h.ToMessage(names)));
        return response;
    }

    public override async Task<V1.Hearing> GetHearing(HearingRequest request, ServerCallContext context) =>
        await AnswerAsync(await Grain(request.Id).GetAsync());

    public override Task<V1.Hearing> PutBody(BodyRequest request, ServerCallContext context)
    {
        var bodyId = Field.BodyId(request.BodyId, "bodyId");
        return Change(context, request.Id, request.HasVersion ? request.Version : null, h => h.AddBodyAsync(bodyId));
    }

    public override Task<V1.Hearing> RemoveBody(BodyRequest request, ServerCallContext context)
    {
        var bodyId = Field.BodyId(request.BodyId, "bodyId");
        return Change(context, request.Id, request.HasVersion ? request.Version : null, h => h.RemoveBodyAsync(bodyId));
    }

    public override Task<V1.Hearing> Answer(AnswerRequest request, ServerCallContext context)
    {
        var bodyId = Field.BodyId(request.BodyId, "bodyId");
        var (statement, treatment) = request.ToAnswer();
        return Change(context, request.Id, request.HasVersion ? request.Version : null, h => h.AnswerAsync(bodyId, statement, treatment));
    }

    public override Task<V1.Hearing> Conclude(ConcludeRequest request, ServerCallContext context)
    {
        var conclusion = request.ToConclusion();
        return Change(context, request.Id, request.HasVersion ? request.Version : null, h => h.ConcludeAsync(conclusion));
    }

    /// <summary>A hearing id as the routes carry it: lower-case letters, digits and hyphens.</summary>
    public static string Checked(string id) => Field.Slug(id);

    private IHearingGrain Grain(string id) => grains.GetGrain<IHearingGrain>(Checked(id));

    // A change under the version the caller read; a stale one answers with the hearing as it is.
    private Task<V1.Hearing> Change(ServerCallContext context, string id, int? version, Func<IHearingGrain, Task<Hearings.Hearing>> change)
    {
        var hearing = Grain(id);
        return context.ChangeAsync(version,
            async () => await AnswerAsync(await change(hearing)),
            async () => await AnswerAsync(await hearing.GetAsync()));
    }

    // Bodies are answered with their registered names beside their ids.
    private async Task<V1.Hearing> AnswerAsync(Hearings.Hearing hearing) =>
        hearing.ToMessage(await grains.NamesAsync(hearing.Bodies.Select(b => b.BodyId)));
}
