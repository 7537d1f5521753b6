namespace Collaboration.Access;

/// <summary>
/// Declares the <see cref="AccessRule"/> of every method of an area's gRPC services: the core's
/// in the gateway, a plugin's in its contracts assembly (registered in its AddApi). A method
/// without a rule is refused to everyone.
/// </summary>
public interface IAccessRules
{
    /// <summary>Adds this area's rules.</summary>
    void AddTo(AccessRuleSet rules);
}
