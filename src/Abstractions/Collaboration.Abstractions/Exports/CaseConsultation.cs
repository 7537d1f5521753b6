using Collaboration.Journal;

namespace Collaboration.Exports;

/// <summary>One body's treatment of one of a forum's cases, as a plugin that sent it out knows it.</summary>
/// <param name="ForumId">The case's forum.</param>
/// <param name="Year">The case's year.</param>
/// <param name="Sequence">The case's sequence.</param>
/// <param name="BodyId">The body treating it: kommunenummer or organisation number.</param>
/// <param name="Role">What the body is asked for, in bokmål ("høring", "likelydende vedtak").</param>
/// <param name="Authoritative">Whether the body's own decision is binding (each decides the same proposal).</param>
/// <param name="Stamp">When it was asked, last answered, or removed.</param>
/// <param name="Details">Further facts under their own names (status, treated, outcome), shown beside the standard ones.</param>
public sealed record CaseConsultation(
    string ForumId,
    int Year,
    int Sequence,
    string BodyId,
    string Role,
    bool Authoritative,
    PartStamp Stamp,
    IReadOnlyDictionary<string, string> Details);
