using Collaboration.Api;
using Collaboration.Federation;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Remote;
using Collaboration.Organisations;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Funding.Api.Remote;

/// <summary>The RemoteFunding API: invitations across regions, mapped to the application and invitation grains.</summary>
internal sealed class RemoteFundingService(IGrainFactory grains, IPeerDirectory peers) : RemoteFunding.RemoteFundingBase
{
    public override Task<Application> InviteRemote(InviteRemoteRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer, "kommunenummer");
        var region = Field.Required(request.Region, "region", 100);
        var peer = peers.PeerOf(region) ?? throw CollaborationException.Invalid("region",
            $"region: '{region}' is not a region this installation works with; they are {string.Join(", ", peers.Regions.Values)}.");
        var application = grains.GetGrain<IFundingApplicationGrain>(request.Id);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => await AnswerAsync(await application.InviteRemoteAsync(kommunenummer, peer, peers.Regions[peer])),
            async () => await AnswerAsync(await application.GetAsync()));
    }

    public override async Task<ListRemoteInvitationsResponse> ListRemoteInvitations(ListRemoteInvitationsRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer, "kommunenummer");
        var ids = await grains.GetGrain<IRegisterGrain>(FundingPlugin.RemoteInvitationsOf(kommunenummer)).ListAsync();
        var views = await Task.WhenAll(ids.Select(id => grains.GetGrain<IRemoteInvitationGrain>(id).GetAsync()));
        var response = new ListRemoteInvitationsResponse();
        response.Invitations.AddRange(views.OrderByDescending(v => v.ReceivedAt).Select(v => v.ToMessage()));
        return response;
    }

    public override async Task<V1.RemoteInvitation> GetRemoteInvitation(RemoteInvitationRequest request, ServerCallContext context) =>
        (await Invitation(request.Peer, request.ApplicationId, request.Kommunenummer).GetAsync()).ToMessage();

    public override Task<V1.RemoteInvitation> AcceptRemote(AcceptRemoteRequest request, ServerCallContext context)
    {
        var invitation = Invitation(request.Peer, request.ApplicationId, request.Kommunenummer);
        var share = FundingMessages.ToShare(request.Requested, request.OwnContribution, request.Role);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await invitation.AcceptAsync(share)).ToMessage(),
            async () => (await invitation.GetAsync()).ToMessage());
    }

    public override Task<V1.RemoteInvitation> DeclineRemote(RemoteInvitationRequest request, ServerCallContext context)
    {
        var invitation = Invitation(request.Peer, request.ApplicationId, request.Kommunenummer);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await invitation.DeclineAsync()).ToMessage(),
            async () => (await invitation.GetAsync()).ToMessage());
    }

    private async Task<Application> AnswerAsync(FundingApplication application) =>
        application.ToMessage(await grains.NamesAsync(application.Partners.Select(p => p.MunicipalityId)));

    private IRemoteInvitationGrain Invitation(string peer, string applicationId, string kommunenummer) =>
        grains.GetGrain<IRemoteInvitationGrain>(RemoteMessages.KeyOf(peer, applicationId, kommunenummer));
}
