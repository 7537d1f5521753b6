namespace Collaboration.MembershipFees;

/// <summary>The MembershipFees plugin's identity.</summary>
public static class MembershipFeesPlugin
{
    /// <summary>The name in configuration: <c>Plugins:MembershipFees:Enabled</c>.</summary>
    public const string Name = "MembershipFees";
}
