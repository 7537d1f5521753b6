using Collaboration.Access;
using Collaboration.Funding.Api.V1;

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
        rules.Add(remote, "InviteRemote", AccessRule.Change<InviteRemoteRequest>((r, grains) => FundingAccess.LeadAsync(grains, r.Id)))
            .Add(remote, "ListRemoteInvitations", AccessRule.Read)
            .Add(remote, "GetRemoteInvitation", AccessRule.Read)
            .Add(remote, "AcceptRemote", AccessRule.Officer<AcceptRemoteRequest>(r => r.Kommunenummer))
            .Add(remote, "DeclineRemote", AccessRule.Officer<RemoteInvitationRequest>(r => r.Kommunenummer));
    }
}
