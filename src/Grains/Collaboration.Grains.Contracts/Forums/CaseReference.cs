using System.Globalization;

namespace Collaboration.Forums;

/// <summary>
/// A case of this or another forum as a reference names it: by the forum's id where known, else
/// by the prefix of its number as written in minutes ("TR 49/21"). Prefixes need not be unique
/// across forums, so the forum id is what a reference resolves by.
/// </summary>
/// <param name="ForumId">The forum of the case; null when it is named by its written number alone and that names no single forum.</param>
/// <param name="Prefix">The prefix of its number, e.g. "TR"; null when named by forum id and the forum is not registered.</param>
/// <param name="Sequence">Sequence within the year, from 1.</param>
/// <param name="Year">The four-digit year.</param>
[GenerateSerializer, Immutable]
public sealed record CaseReference(
    [property: Id(0)] string? ForumId,
    [property: Id(1)] string? Prefix,
    [property: Id(2)] int Sequence,
    [property: Id(3)] int Year)
{
    /// <summary>How the referring case stands to this one; references made by a secretariat are <see cref="CaseRelation.Refers"/>.</summary>
    [Id(4)]
    public CaseRelation Relation { get; init; }

    /// <summary>A reference by written number ("KF 23/22").</summary>
    public static CaseReference Of(CaseNumber number) => new(null, number.Prefix, number.Sequence, number.Year);

    /// <summary>A reference to a case of a known forum with a known prefix.</summary>
    public static CaseReference Of(string forumId, CaseNumber number) => new(forumId, number.Prefix, number.Sequence, number.Year);

    /// <summary>Whether both name the same case of the same forum (relation aside).</summary>
    public bool SameCase(CaseReference other) =>
        ForumId is not null && ForumId == other.ForumId && Sequence == other.Sequence && Year == other.Year;

    /// <summary>The written form: "TR 49/21", or "{forum id} 49/21" when the prefix is not known.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix ?? ForumId} {Sequence}/{Year % 100:00}");
}
