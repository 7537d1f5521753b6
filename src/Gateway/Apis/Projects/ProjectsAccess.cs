using Collaboration.Access;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Apis.Projects;

/// <summary>Projects and their participants are public; a project is its owner forum's secretariat's to change.</summary>
public sealed class ProjectsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var projects = Api.V1.Projects.Descriptor;
        rules.Add(projects, "ListProjects", AccessRule.PublicRead)
            .Add(projects, "GetProject", AccessRule.PublicRead)
            .Add(projects, "ListParticipants", AccessRule.PublicRead)
            .Add(projects, "GetParticipant", AccessRule.PublicRead)
            .Add(projects, "PatchProject", AccessRule.Change<PatchProjectRequest>((r, grains) =>
                ProjectOwner.PartiesAsync(grains, r.Id, r.Project is { HasOwnerForumId: true } p ? p.OwnerForumId : null)))
            .Add(projects, "PatchParticipant", AccessRule.Change<PatchParticipantRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(projects, "PutProject", AccessRule.Change<PutProjectRequest>((r, grains) =>
                ProjectOwner.PartiesAsync(grains, r.Id, r.HasOwnerForumId ? r.OwnerForumId : null)))
            .Add(projects, "PutParticipant", AccessRule.Change<PutParticipantRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(projects, "RemoveParticipant", AccessRule.Change<RemoveParticipantRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(projects, "ChangeStatus", AccessRule.Change<ChangeStatusRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)));
    }
}
