using Collaboration.Access;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>The portfolio is the public record: every read needs no token.</summary>
public sealed class PortfolioAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) => rules.AddRemaining(Api.V1.Portfolio.Descriptor, AccessRule.PublicRead);
}
