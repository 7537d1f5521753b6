using Collaboration.Access;
using Collaboration.Funding.Calls;

namespace Collaboration.Funding.Applications;

/// <summary>The call's deadline: a draft of a closed call stays as it was, and its unanswered invitations lapse.</summary>
public sealed partial class FundingApplicationGrain
{
    public async Task<FundingApplication> GetAsync()
    {
        // The call's reminder expires the invitations at its deadline; a read that comes first
        // does it itself, so no answer shows an invitation still open after the deadline.
        if (Current.Status == ApplicationStatus.Draft && Current.Partners.Exists(p => p.State == PartnerState.Invited))
        {
            await ExpireIfClosedAsync(await Call.GetAsync());
        }

        return ToApplication();
    }

    public async Task ExpireInvitationsAsync()
    {
        if (state.State.Lead is not null && Current.Status == ApplicationStatus.Draft)
        {
            await ExpireIfClosedAsync(await Call.GetAsync());
        }
    }

    private async Task ExpireIfClosedAsync(FundingCall call)
    {
        var waiting = Current.Partners.Where(p => p.State == PartnerState.Invited).ToList();
        if (call.Status != CallStatus.Closed || Current.Status != ApplicationStatus.Draft || waiting.Count == 0)
        {
            return;
        }

        // The deadline did this, not whoever happened to ask.
        Actor.Leave();
        waiting.ForEach(p => Replace(p.MunicipalityId, p with { State = PartnerState.Expired }));
        await SaveAsync(waiting.Select(p => p.MunicipalityId), "deadline passed: invitations expired");
    }

    /// <summary>Only a draft changes, and only while its call is open.</summary>
    private async Task<FundingCall> RequireOpenDraftAsync(string action)
    {
        RequireDraft(action);
        var call = await Call.GetAsync();
        RequireBeforeDeadline(call);
        return call;
    }

    private static void RequireBeforeDeadline(FundingCall call)
    {
        if (call.Status == CallStatus.Closed)
        {
            throw CollaborationException.Conflict(
                $"The call closed at its deadline {call.Details.Deadline:yyyy-MM-dd HH:mm zzz}; a draft can no longer change.", "deadline");
        }
    }
}
