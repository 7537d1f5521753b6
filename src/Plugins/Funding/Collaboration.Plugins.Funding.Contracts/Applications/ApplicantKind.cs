namespace Collaboration.Funding.Applications;

/// <summary>What kind of body leads an application.</summary>
public enum ApplicantKind
{
    /// <summary>A municipality; it takes part itself.</summary>
    Municipality,

    /// <summary>A forum such as a regional council; it takes part through its members.</summary>
    Forum,
}
