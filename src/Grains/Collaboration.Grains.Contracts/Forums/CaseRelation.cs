namespace Collaboration.Forums;

/// <summary>How one case stands to another it links to.</summary>
public enum CaseRelation
{
    /// <summary>It refers to the other case (in a reference), or the other case refers to it (in referred-by).</summary>
    Refers,

    /// <summary>It was forwarded from the other case: the other forum sent the matter on to this one.</summary>
    ForwardedFrom,

    /// <summary>It was forwarded to the other case: this forum sent the matter on to the other.</summary>
    ForwardedTo,
}
