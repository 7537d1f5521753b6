namespace Collaboration.Hearings;

/// <summary>How a body's own treatment ended.</summary>
public enum Outcome
{
    /// <summary>Adopted as proposed.</summary>
    Adopted,

    /// <summary>Adopted with changes, stated in text; counts as adopting.</summary>
    AdoptedWithChanges,

    /// <summary>Rejected.</summary>
    Rejected,

    /// <summary>The body declares it will not answer.</summary>
    WillNotAnswer,
}
