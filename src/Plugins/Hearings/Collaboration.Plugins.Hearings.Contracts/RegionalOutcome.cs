namespace Collaboration.Hearings;

/// <summary>Whether the region has adopted the proposal, by the hearing's rule.</summary>
public enum RegionalOutcome
{
    /// <summary>The rule cannot be decided yet.</summary>
    Pending,

    /// <summary>The rule is met.</summary>
    Adopted,

    /// <summary>The rule can no longer be met.</summary>
    Rejected,
}
