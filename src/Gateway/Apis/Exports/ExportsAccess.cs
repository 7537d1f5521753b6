using Collaboration.Access;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>The exports say what the public record says (forums, members, bodies, the portfolio): no token needed.</summary>
public sealed class ExportsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) => rules.AddRemaining(Api.V1.Exports.Descriptor, AccessRule.PublicRead);
}
