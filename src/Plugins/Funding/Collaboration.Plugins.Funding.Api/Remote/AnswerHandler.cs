using Collaboration.Federation;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Remote;

namespace Collaboration.Funding.Api.Remote;

/// <summary>Takes another region's municipality's answer to one of our applications' invitations.</summary>
internal sealed class AnswerHandler(IGrainFactory grains) : IPeerMessageHandler
{
    public string Kind => RemoteAnswer.Kind;

    public async Task<PeerReceipt> HandleAsync(PeerInbound message)
    {
        var answer = message.Read<RemoteAnswer>();
        if (answer is null || answer.MessageId != message.Id)
        {
            return PeerReceipt.Refused(message.Id, "The answer is not one this installation can read.", "body", message.ReceivedAt);
        }

        try
        {
            return await grains.GetGrain<IFundingApplicationGrain>(answer.ApplicationId).AnswerRemoteAsync(message.Peer, message.Id, answer, message.ReceivedAt);
        }
        catch (CollaborationException missing) when (missing.Kind == ErrorKind.NotFound)
        {
            return PeerReceipt.Refused(message.Id, missing.Message, "applicationId", message.ReceivedAt);
        }
    }
}
