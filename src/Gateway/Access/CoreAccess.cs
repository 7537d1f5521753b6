using Collaboration.Access;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Access;

/// <summary>
/// Who may call the core's methods: the public record (municipalities, forums with their meetings
/// and decisions, projects, the portfolio) reads without a token; a municipality's profile is its officers';
/// everything a forum records is its secretariat's; a project is its owner forum's secretariat's.
/// </summary>
public sealed class CoreAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var municipalities = Api.V1.Municipalities.Descriptor;
        rules.Add(municipalities, "ListMunicipalities", AccessRule.PublicRead)
            .Add(municipalities, "GetMunicipality", AccessRule.PublicRead)
            .Add(municipalities, "PutMunicipality", AccessRule.Officer<PutMunicipalityRequest>(r => r.Kommunenummer));

        var forums = Api.V1.Forums.Descriptor;
        foreach (var read in new[] { "ListForums", "GetForum", "ListMembers", "ListMeetings", "GetMeeting", "ListCases", "GetCase" })
        {
            rules.Add(forums, read, AccessRule.PublicRead);
        }

        rules.Add(forums, "ListFollowUps", AccessRule.Read)
            .Add(forums, "PutForum", AccessRule.Secretariat<PutForumRequest>(r => r.Id))
            .Add(forums, "AddMember", AccessRule.Secretariat<AddMemberRequest>(r => r.Id))
            .Add(forums, "UpdateMember", AccessRule.Secretariat<UpdateMemberRequest>(r => r.Id))
            .Add(forums, "RemoveMember", AccessRule.Secretariat<RemoveMemberRequest>(r => r.Id))
            .Add(forums, "CreateMeeting", AccessRule.Secretariat<CreateMeetingRequest>(r => r.Id))
            .Add(forums, "PutMeeting", AccessRule.Secretariat<PutMeetingRequest>(r => r.Id))
            .Add(forums, "AddAgendaItem", AccessRule.Secretariat<AddAgendaItemRequest>(r => r.Id))
            .Add(forums, "UpdateCase", AccessRule.Secretariat<UpdateCaseRequest>(r => r.Id))
            .Add(forums, "AddFollowUp", AccessRule.Secretariat<AddFollowUpRequest>(r => r.Id))
            .Add(forums, "SetFollowUpStatus", AccessRule.Secretariat<SetFollowUpStatusRequest>(r => r.Id));

        var portfolio = Api.V1.Portfolio.Descriptor;
        foreach (var read in new[] { "QueryPortfolio", "GetParticipation", "ListDeadlines", "GetEntry", "ExportCsv", "ExportXlsx" })
        {
            rules.Add(portfolio, read, AccessRule.PublicRead);
        }

        // Histories name the people who made changes: for signed-in callers only.
        rules.Add(History.Descriptor, "GetHistory", AccessRule.Read);

        // The standard gRPC health service answers load balancers, which carry no token.
        rules.Add(Grpc.Health.V1.Health.Descriptor, "Check", AccessRule.PublicRead)
            .Add(Grpc.Health.V1.Health.Descriptor, "Watch", AccessRule.PublicRead);

        var projects = Api.V1.Projects.Descriptor;
        rules.Add(projects, "ListProjects", AccessRule.PublicRead)
            .Add(projects, "GetProject", AccessRule.PublicRead)
            .Add(projects, "ListParticipants", AccessRule.PublicRead)
            .Add(projects, "PutProject", AccessRule.Change<PutProjectRequest>((r, grains) =>
                ProjectOwner.PartiesAsync(grains, r.Id, r.HasOwnerForumId ? r.OwnerForumId : null)))
            .Add(projects, "PutParticipant", AccessRule.Change<PutParticipantRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(projects, "RemoveParticipant", AccessRule.Change<RemoveParticipantRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)))
            .Add(projects, "ChangeStatus", AccessRule.Change<ChangeStatusRequest>((r, grains) => ProjectOwner.PartiesAsync(grains, r.Id)));
    }
}
