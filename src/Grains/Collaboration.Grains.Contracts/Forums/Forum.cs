namespace Collaboration.Forums;

/// <summary>A forum and its members.</summary>
/// <param name="Id">The forum's path.</param>
/// <param name="Profile">Name, kind, parent and case prefix.</param>
/// <param name="Members">Every membership period, members and observers, past and present, ordered by body and first day.</param>
[GenerateSerializer, Immutable]
public sealed record Forum(
    [property: Id(0)] string Id,
    [property: Id(1)] ForumProfile Profile,
    [property: Id(2)] IReadOnlyList<Member> Members)
{
    /// <summary>The forum's version: of the last change to its profile or members. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(3)]
    public int Version { get; init; }

    /// <summary>The periods in force on <paramref name="day"/>: at most one per body.</summary>
    public IReadOnlyList<Member> MembersOn(DateOnly day) => [.. Members.Where(m => m.InForceOn(day))];
}
