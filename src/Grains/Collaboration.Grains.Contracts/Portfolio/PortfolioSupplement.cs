using Collaboration.Forums;

namespace Collaboration.Portfolio;

/// <summary>
/// What a source adds to an entry another source owns: a joint project adds its invitations,
/// its shared budget and its agreements' decisions to the core project.
/// </summary>
/// <param name="Key">The entry's key.</param>
/// <param name="Kind">The kind word the entry becomes, when the supplement makes it another kind of entry.</param>
/// <param name="Participants">Municipalities it knows of, with their amounts in it (a joint project: budget shares); the owner's role wins for those in both, and the supplement's amounts fill those the owner reports none of.</param>
/// <param name="Budget">Budget, NOK; used when the owner reports none.</param>
/// <param name="Decisions">Deciding cases it records.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioSupplement(
    [property: Id(0)] string Key,
    [property: Id(1)] string Kind,
    [property: Id(2)] IReadOnlyList<PortfolioParticipant> Participants,
    [property: Id(3)] decimal Budget,
    [property: Id(4)] IReadOnlyList<CaseNumber> Decisions);
