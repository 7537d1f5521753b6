using Collaboration.Access;

namespace Collaboration.Gateway.Apis.History;

/// <summary>Histories name the people who made changes: for signed-in callers only.</summary>
public sealed class HistoryAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) => rules
        .Add(Api.V1.History.Descriptor, "GetHistory", AccessRule.Read)
        .Add(Api.V1.History.Descriptor, "GetForumHistory", AccessRule.Read);
}
