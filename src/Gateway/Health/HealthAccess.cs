using Collaboration.Access;

namespace Collaboration.Gateway.Health;

/// <summary>The standard gRPC health service answers load balancers, which carry no token.</summary>
public sealed class HealthAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules) =>
        rules.Add(Grpc.Health.V1.Health.Descriptor, "Check", AccessRule.PublicRead)
            .Add(Grpc.Health.V1.Health.Descriptor, "Watch", AccessRule.PublicRead);
}
