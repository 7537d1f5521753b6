using Collaboration.Access;

namespace Collaboration.Gateway.Apis.Changes;

/// <summary>The feed is open to all; which kinds a caller sees is decided per kind by <see cref="ChangeAudience"/>.</summary>
public sealed class ChangesAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) => rules.AddRemaining(Api.V1.Changes.Descriptor, AccessRule.PublicRead);
}
