using Collaboration.Access;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Api.Remote;

/// <summary>
/// The lead invites across regions as it invites at home; our municipality's officers read and
/// answer the invitations it receives from other regions.
/// </summary>
internal sealed class RemoteFundingAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var remote = RemoteFunding.Descriptor;
        rules.Add(remote, "InviteRemote", AccessRule.Change<InviteRemoteRequest>(async (r, grains) => await LeadAsync(grains, r.Id)))
            .Add(remote, "ListRemoteInvitations", AccessRule.Read)
            .Add(remote, "GetRemoteInvitation", AccessRule.Read)
            .Add(remote, "AcceptRemote", AccessRule.Officer<AcceptRemoteRequest>(r => r.Kommunenummer))
            .Add(remote, "DeclineRemote", AccessRule.Officer<RemoteInvitationRequest>(r => r.Kommunenummer));
    }

    private static async Task<Parties> LeadAsync(IGrainFactory grains, string applicationId)
    {
        var lead = (await grains.GetGrain<IFundingApplicationGrain>(applicationId).GetAsync()).Lead;
        return lead.Kind == ApplicantKind.Forum ? Parties.Forum(lead.Id) : Parties.Municipality(lead.Id);
    }
}
