using Collaboration.Access;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Apis.Forums;

/// <summary>
/// Forums with their members, meetings, cases and decisions are the public record; follow-ups
/// are for signed-in callers; everything a forum records is its secretariat's to change.
/// </summary>
public sealed class ForumsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var forums = Api.V1.Forums.Descriptor;
        foreach (var read in new[] { "ListForums", "GetForum", "ListMembers", "GetMember", "ListMeetings", "GetMeeting", "ListCases", "GetCase" })
        {
            rules.Add(forums, read, AccessRule.PublicRead);
        }

        rules.Add(forums, "ListFollowUps", AccessRule.Read)
            .Add(forums, "GetFollowUp", AccessRule.Read)
            .Add(forums, "PutForum", AccessRule.Secretariat<PutForumRequest>(r => r.Id))
            .Add(forums, "PatchForum", AccessRule.Secretariat<PatchForumRequest>(r => r.Id))
            .Add(forums, "PatchMember", AccessRule.Secretariat<PatchMemberRequest>(r => r.Id))
            .Add(forums, "PatchMeeting", AccessRule.Secretariat<PatchMeetingRequest>(r => r.Id))
            .Add(forums, "PatchCase", AccessRule.Secretariat<PatchCaseRequest>(r => r.Id))
            .Add(forums, "PatchFollowUp", AccessRule.Secretariat<PatchFollowUpRequest>(r => r.Id))
            .Add(forums, "AddMember", AccessRule.Secretariat<AddMemberRequest>(r => r.Id))
            .Add(forums, "UpdateMember", AccessRule.Secretariat<UpdateMemberRequest>(r => r.Id))
            .Add(forums, "RemoveMember", AccessRule.Secretariat<RemoveMemberRequest>(r => r.Id))
            .Add(forums, "CreateMeeting", AccessRule.Secretariat<CreateMeetingRequest>(r => r.Id))
            .Add(forums, "PutMeeting", AccessRule.Secretariat<PutMeetingRequest>(r => r.Id))
            .Add(forums, "AddAgendaItem", AccessRule.Secretariat<AddAgendaItemRequest>(r => r.Id))
            .Add(forums, "UpdateCase", AccessRule.Secretariat<UpdateCaseRequest>(r => r.Id))
            .Add(forums, "ForwardCase", AccessRule.Secretariat<ForwardCaseRequest>(r => r.Id))
            .Add(forums, "AddFollowUp", AccessRule.Secretariat<AddFollowUpRequest>(r => r.Id))
            .Add(forums, "SetFollowUpStatus", AccessRule.Secretariat<SetFollowUpStatusRequest>(r => r.Id));
    }
}
