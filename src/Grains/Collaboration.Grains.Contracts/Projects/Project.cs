namespace Collaboration.Projects;

/// <summary>A project with its status and participants.</summary>
/// <param name="Id">The slug.</param>
/// <param name="Profile">Title, themes, owner, dates, budget, decisions.</param>
/// <param name="Status">Where it is in its life.</param>
/// <param name="Participants">Participating municipalities, by kommunenummer.</param>
[GenerateSerializer, Immutable]
public sealed record Project(
    [property: Id(0)] string Id,
    [property: Id(1)] ProjectProfile Profile,
    [property: Id(2)] ProjectStatus Status,
    [property: Id(3)] IReadOnlyList<Participant> Participants)
{
    /// <summary>The version of the project: of its last stored change, participants included. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(4)]
    public int Version { get; init; }
}
