using Collaboration.Access;
using Collaboration.JointProjects.Api.V1;

namespace Collaboration.JointProjects.Api;

/// <summary>
/// Who may call the JointProjects methods: every signed-in caller reads; the secretariat of the
/// project's owner forum invites, sets and adopts the cost key and records budget and costs; each
/// municipality's officers answer its own invitation.
/// </summary>
internal sealed class JointProjectsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var service = V1.JointProjects.Descriptor;
        foreach (var read in new[] { "GetJointProject", "GetAgreement", "Allocate", "ExportAllocation" })
        {
            rules.Add(service, read, AccessRule.Read);
        }

        rules.Add(service, "Invite", AccessRule.Change<InviteRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "SetKey", AccessRule.Change<SetKeyRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "AdoptKey", AccessRule.Change<AdoptKeyRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "SetBudget", AccessRule.Change<SetBudgetRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "PatchJointProject", AccessRule.Change<PatchJointProjectRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "SetActualCosts", AccessRule.Change<SetActualCostsRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(service, "Accept", AccessRule.Officer<ParticipantRequest>(r => r.Kommunenummer))
            .Add(service, "Decline", AccessRule.Officer<ParticipantRequest>(r => r.Kommunenummer));
    }
}
