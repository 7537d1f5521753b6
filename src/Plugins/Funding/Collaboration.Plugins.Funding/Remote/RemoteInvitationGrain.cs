using Collaboration.Federation;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Municipalities;
using Collaboration.Registers;
using Collaboration.Versions;

namespace Collaboration.Funding.Remote;

/// <summary>
/// Holds an invitation from another region and our answer to it. The answer is checked here
/// against the rules the invitation states (the deadline, the maximum) so an officer hears at
/// once; the inviting region checks again and has the last word.
/// </summary>
public sealed class RemoteInvitationGrain(
    [PersistentState(FundingPlugin.RemoteInvitationState, GrainStorage.Name)] IPersistentState<RemoteInvitationState> state,
    TimeProvider clock) : Grain, IRemoteInvitationGrain
{
    private string Id => this.GetPrimaryKeyString();

    private RemoteInvitation Invitation => state.State.Invitation
        ?? throw CollaborationException.NotFound($"Invitation '{Id}' was not received.");

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        state.State.Answer == Delivery.Queued ? QueueAnswerAsync() : Task.CompletedTask;

    public async Task<PeerReceipt> ReceiveAsync(string peer, string region, string messageId, RemoteInvitation invitation, DateTimeOffset at)
    {
        if (state.State.Invitation is null)
        {
            state.State.Peer = peer;
            state.State.Region = region;
            state.State.Invitation = invitation;
            state.State.ReceivedAt = at;
            await this.CommitAsync(state);
            await GrainFactory.GetGrain<IRegisterGrain>(FundingPlugin.RemoteInvitationsOf(invitation.MunicipalityId)).AddAsync(Id);
            await ShowOnDeskAsync();
        }

        return PeerReceipt.Done(messageId, state.State.ReceivedAt);
    }

    public Task<RemoteInvitationView> GetAsync() => Task.FromResult(View());

    public async Task<RemoteInvitationView> AcceptAsync(PartnerShare share)
    {
        Precondition.Check(state.State.Version, $"Invitation '{Id}'");
        if (state.State.State == PartnerState.Accepted && state.State.Share == share)
        {
            return View();
        }

        RequireOpen();
        if (share.Requested > Invitation.MaxPerMunicipality)
        {
            throw CollaborationException.Conflict(
                $"Municipality {Invitation.MunicipalityId} requests {share.Requested:0.00} NOK; the call gives at most {Invitation.MaxPerMunicipality:0.00} NOK per municipality.", "requested");
        }

        return await AnswerAsync(PartnerState.Accepted, share);
    }

    public async Task<RemoteInvitationView> DeclineAsync()
    {
        Precondition.Check(state.State.Version, $"Invitation '{Id}'");
        if (state.State.State == PartnerState.Declined)
        {
            return View();
        }

        RequireOpen();
        return await AnswerAsync(PartnerState.Declined, null);
    }

    public async Task DeliveredAsync(PeerReceipt receipt)
    {
        if (state.State.Answer != Delivery.Queued || receipt.MessageId != LastAnswer().MessageId)
        {
            return; // an earlier answer, or told before
        }

        state.State.Answer = receipt.Applied ? Delivery.Delivered : Delivery.Refused;
        state.State.Refusal = receipt.Refusal;
        await this.CommitAsync(state);
    }

    private async Task<RemoteInvitationView> AnswerAsync(PartnerState answer, PartnerShare? share)
    {
        state.State.State = answer;
        state.State.Share = share;
        state.State.Answers++;
        state.State.Answer = Delivery.Queued;
        state.State.Refusal = null;
        await this.CommitAsync(state);
        await QueueAnswerAsync();
        await ShowOnDeskAsync();
        return View();
    }

    // Our municipality's funding desk lists it among its invitations, and then among what it takes part in.
    private Task ShowOnDeskAsync() =>
        GrainFactory.GetGrain<IMunicipalityFundingGrain>(Invitation.MunicipalityId).SetInvolvementAsync(
            new Involvement(Id, Invitation.Title, Invitation.CallId, IsLead: false, state.State.State, ApplicationStatus.Draft) { Region = state.State.Region, Deadline = Invitation.Deadline });

    private Task QueueAnswerAsync()
    {
        var answer = LastAnswer();
        return GrainFactory.SendToPeerAsync(this.GetGrainId(), state.State.Peer!, answer.MessageId, RemoteAnswer.Kind, answer, clock.GetUtcNow());
    }

    private RemoteAnswer LastAnswer() =>
        new(Invitation.ApplicationId, Invitation.MunicipalityId, state.State.State == PartnerState.Accepted ? state.State.Share : null, state.State.Answers);

    private void RequireOpen()
    {
        if (clock.GetUtcNow() >= Invitation.Deadline)
        {
            throw CollaborationException.Conflict($"The call closed at {Invitation.Deadline:yyyy-MM-dd HH:mm}: the invitation can no longer be answered.", "deadline");
        }
    }

    private RemoteInvitationView View() =>
        new(Id, state.State.Region, Invitation, state.State.ReceivedAt, state.State.State, state.State.Share, state.State.Answer, state.State.Refusal, state.State.Version);
}
