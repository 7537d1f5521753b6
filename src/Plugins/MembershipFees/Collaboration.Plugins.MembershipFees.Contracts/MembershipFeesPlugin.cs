using Collaboration.Journal;

namespace Collaboration.MembershipFees;

/// <summary>The MembershipFees plugin's identity.</summary>
public static class MembershipFeesPlugin
{
    /// <summary>The name in configuration: <c>Plugins:MembershipFees:Enabled</c>.</summary>
    public const string Name = "MembershipFees";

    /// <summary>The name a fee year's state is stored and journaled under.</summary>
    public const string FeeYearState = "fee-year";

    /// <summary>Fee years, on record with every change; readable by signed-in callers.</summary>
    public static IReadOnlyList<ObjectKind> Kinds { get; } =
        [new("fees", FeeYearState, "/api/fees", "fee-year", IsPublic: false)];
}
