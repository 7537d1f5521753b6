using Collaboration.Federation;
using Collaboration.Funding.Remote;
using Collaboration.Municipalities;

namespace Collaboration.Funding.Api.Remote;

/// <summary>Takes an invitation from another region's application to one of our municipalities.</summary>
internal sealed class InvitationHandler(IGrainFactory grains) : IPeerMessageHandler
{
    public string Kind => RemoteInvitation.Kind;

    public async Task<PeerReceipt> HandleAsync(PeerInbound message)
    {
        var invitation = message.Read<RemoteInvitation>();
        if (invitation is null || invitation.MessageId != message.Id)
        {
            return PeerReceipt.Refused(message.Id, "The invitation is not one this installation can read.", "body", message.ReceivedAt);
        }

        if (!await grains.GetGrain<IMunicipalityGrain>(invitation.MunicipalityId).ExistsAsync())
        {
            return PeerReceipt.Refused(message.Id, $"Municipality {invitation.MunicipalityId} is not one of this region's.", "kommunenummer", message.ReceivedAt);
        }

        return await grains.GetGrain<IRemoteInvitationGrain>(IRemoteInvitationGrain.KeyOf(message.Peer, invitation.ApplicationId, invitation.MunicipalityId))
            .ReceiveAsync(message.Peer, message.Region, message.Id, invitation, message.ReceivedAt);
    }
}
