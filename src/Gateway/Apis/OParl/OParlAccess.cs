using Collaboration.Access;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>OParl says what the public record says (councils, forums, meetings, cases): no token needed.</summary>
public sealed class OParlAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) => rules.AddRemaining(Api.V1.OParl.Descriptor, AccessRule.PublicRead);
}
