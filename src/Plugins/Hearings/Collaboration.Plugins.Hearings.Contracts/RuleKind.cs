namespace Collaboration.Hearings;

/// <summary>How the region's adoption is decided from the bodies' outcomes.</summary>
public enum RuleKind
{
    /// <summary>Every body asked must adopt.</summary>
    All,

    /// <summary>More than a stated percent of the bodies asked must adopt.</summary>
    Majority,
}
