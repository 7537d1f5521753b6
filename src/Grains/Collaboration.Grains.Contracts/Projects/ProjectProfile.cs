using Collaboration.Forums;

namespace Collaboration.Projects;

/// <summary>What describes a project.</summary>
/// <param name="Title">The title.</param>
/// <param name="Description">Free text.</param>
/// <param name="Themes">Themes such as næring, areal, klima, mobilitet, profilering, landbruk, kompetanse.</param>
/// <param name="OwnerForumId">The forum that owns it.</param>
/// <param name="Start">Start date.</param>
/// <param name="End">End date; not before the start.</param>
/// <param name="Budget">Budget in NOK per year.</param>
/// <param name="Decisions">Cases that decided about it, e.g. KF 24/22.</param>
[GenerateSerializer, Immutable]
public sealed record ProjectProfile(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Description,
    [property: Id(2)] IReadOnlyList<string> Themes,
    [property: Id(3)] string? OwnerForumId,
    [property: Id(4)] DateOnly? Start,
    [property: Id(5)] DateOnly? End,
    [property: Id(6)] IReadOnlyList<BudgetLine> Budget,
    [property: Id(7)] IReadOnlyList<CaseNumber> Decisions);
