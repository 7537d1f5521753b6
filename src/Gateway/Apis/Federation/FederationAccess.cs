using Collaboration.Access;

namespace Collaboration.Gateway.Apis.Federation;

/// <summary>Only peers deliver; which peer a caller is, the service finds from its token.</summary>
public sealed class FederationAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) =>
        rules.Add(Api.V1.Federation.Descriptor, "Deliver", AccessRule.Change<Api.V1.DeliverRequest>((_, _) => ValueTask.FromResult(Parties.OfRoles(Roles.Peer))));
}
