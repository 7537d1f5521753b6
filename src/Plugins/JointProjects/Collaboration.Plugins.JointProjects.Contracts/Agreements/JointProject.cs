namespace Collaboration.JointProjects.Agreements;

/// <summary>A joint project as everyone sees it.</summary>
/// <param name="Id">The core project's slug.</param>
/// <param name="Title">The core project's title.</param>
/// <param name="Invitations">Invited municipalities and their answers.</param>
/// <param name="DraftKey">The key being prepared, if any.</param>
/// <param name="Agreements">Adopted versions, oldest first.</param>
/// <param name="Budget">Budget lines.</param>
/// <param name="ActualCosts">Actual cost lines.</param>
[GenerateSerializer, Immutable]
public sealed record JointProject(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyDictionary<string, ParticipantAnswer> Invitations,
    [property: Id(3)] CostKey? DraftKey,
    [property: Id(4)] IReadOnlyList<CostAgreement> Agreements,
    [property: Id(5)] IReadOnlyList<CostLine> Budget,
    [property: Id(6)] IReadOnlyList<CostLine> ActualCosts)
{
    /// <summary>The version of the cost sharing: of its last stored change. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(7)]
    public int Version { get; init; }
}
