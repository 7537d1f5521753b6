namespace Collaboration.Forums;

/// <summary>
/// One dated period of a body's membership of a forum. A body may hold several periods (an
/// observer who later became a member), never two that overlap.
/// </summary>
/// <param name="MunicipalityId">The body id (see <see cref="Organisations.Bodies"/>): a kommunenummer, or the organisation number of a county council or other body.</param>
/// <param name="Role">Member or observer.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, if set.</param>
[GenerateSerializer, Immutable]
public sealed record Member(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] MembershipRole Role,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly? Until)
{
    /// <summary>The forum's version at the last change to this period. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(4)]
    public int Version { get; init; }

    /// <summary>The decision that made the period, e.g. "Vedtak i Regionrådet 24.04.2009, sak 12/09".</summary>
    [Id(5)]
    public string? Decision { get; init; }

    /// <summary>The period of <paramref name="bodyId"/> starting on <paramref name="from"/>, or its latest when null; null when there is none.</summary>
    public static Member? Find(IEnumerable<Member> periods, string bodyId, DateOnly? from) =>
        periods.Where(m => m.MunicipalityId == bodyId && (from is null || m.From == from)).MaxBy(m => m.From);

    /// <summary>Whether the period is in force on <paramref name="day"/>.</summary>
    public bool InForceOn(DateOnly day) => From <= day && (Until is null || Until >= day);

    /// <summary>Whether this period and <paramref name="other"/> share a day.</summary>
    public bool Overlaps(Member other) =>
        From <= (other.Until ?? DateOnly.MaxValue) && other.From <= (Until ?? DateOnly.MaxValue);
}
