using Collaboration.Federation;
using Collaboration.Funding.Calls;
using Collaboration.Funding.Remote;
using Collaboration.Versions;

namespace Collaboration.Funding.Applications;

/// <summary>Partners in other regions: invited through their installation, answering through it, held to the same rules.</summary>
public sealed partial class FundingApplicationGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) => RequeueInvitationsAsync();

    public async Task<FundingApplication> InviteRemoteAsync(string municipalityId, string peer, string region)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        RequireDraft("invite partners");
        if (Find(municipalityId) is { State: not PartnerState.Expired })
        {
            return ToApplication();
        }

        var call = await Call.GetAsync();
        var involved = Current.Partners.Count(p => p.State is PartnerState.Invited or PartnerState.Accepted) + 1;
        if (!call.Details.JointAllowed && involved > 1)
        {
            throw CollaborationException.Conflict($"Funding call '{call.Id}' does not allow joint applications: only one municipality may take part.", "kommunenummer");
        }

        RequireBeforeDeadline(call);
        Replace(municipalityId, new Partner(municipalityId, PartnerState.Invited, null, IsLead: false, null)
        {
            Remote = new RemotePartner(peer, region, Delivery.Queued, null),
        });
        var application = await SaveAsync([municipalityId]);
        await QueueInvitationAsync(call, municipalityId, peer);
        return application;
    }

    public async Task DeliveredAsync(PeerReceipt receipt)
    {
        var partner = Current.Partners.Find(p => p.Remote is { Invitation: Delivery.Queued } && InvitationOf(p.MunicipalityId) == receipt.MessageId);
        if (partner is null)
        {
            return; // told before
        }

        Replace(partner.MunicipalityId, partner with
        {
            Remote = partner.Remote! with { Invitation = receipt.Applied ? Delivery.Delivered : Delivery.Refused, Refusal = receipt.Refusal },
        });
        await SaveAsync([partner.MunicipalityId]);
    }

    public async Task<PeerReceipt> AnswerRemoteAsync(string peer, string messageId, RemoteAnswer answer, DateTimeOffset at)
    {
        if (Current.RemoteAnswers.TryGetValue(messageId, out var given))
        {
            return given;
        }

        // A peer answers only for the municipalities invited through it.
        if (Find(answer.MunicipalityId) is not { Remote: { } remote } || remote.Peer != peer)
        {
            return await RecordAsync(PeerReceipt.Refused(messageId, $"Municipality {answer.MunicipalityId} is not invited to '{Id}' through your installation.", "kommunenummer", at));
        }

        var done = PeerReceipt.Done(messageId, at);
        state.State.RemoteAnswers[messageId] = done; // stored with the answer itself
        try
        {
            var before = Current.Version;
            _ = answer.Share is { } share ? await AcceptAsync(answer.MunicipalityId, share) : await DeclineAsync(answer.MunicipalityId);
            return Current.Version == before ? await RecordAsync(done) : done;
        }
        catch (CollaborationException refused) when (refused.Kind is ErrorKind.Conflict or ErrorKind.Invalid or ErrorKind.NotFound)
        {
            return await RecordAsync(PeerReceipt.Refused(messageId, refused.Message, refused.Field, at));
        }
    }

    /// <summary>Queues again the invitations a crash may have kept from the outbox; the outbox drops those it has.</summary>
    private async Task RequeueInvitationsAsync()
    {
        var queued = state.State.Lead is null ? [] : state.State.Partners.Where(p => p.Remote is { Invitation: Delivery.Queued }).ToList();
        if (queued.Count == 0)
        {
            return;
        }

        var call = await Call.GetAsync();
        foreach (var partner in queued)
        {
            await QueueInvitationAsync(call, partner.MunicipalityId, partner.Remote!.Peer);
        }
    }

    private async Task<PeerReceipt> RecordAsync(PeerReceipt receipt)
    {
        state.State.RemoteAnswers[receipt.MessageId] = receipt;
        await SaveAsync([]);
        return receipt;
    }

    private Task QueueInvitationAsync(FundingCall call, string municipalityId, string peer)
    {
        var invitation = new RemoteInvitation(Id, Current.Title, call.Id, call.Details.Deadline, call.Details.MaxPerMunicipality, Current.Lead!.Id, municipalityId);
        return GrainFactory.SendToPeerAsync(this.GetGrainId(), peer, invitation.MessageId, RemoteInvitation.Kind, invitation, clock.GetUtcNow());
    }

    private string InvitationOf(string municipalityId) => RemoteInvitation.MessageIdOf(Id, municipalityId);
}
