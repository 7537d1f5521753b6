namespace Collaboration.Portfolio;

/// <summary>One entry for its own page: the row, the forums' decisions about it and its deadlines.</summary>
/// <param name="Row">The entry.</param>
/// <param name="Decisions">Decisions about it, oldest first.</param>
/// <param name="Deadlines">Its deadlines, passed ones included, soonest first.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioDetails(
    [property: Id(0)] PortfolioRow Row,
    [property: Id(1)] IReadOnlyList<PortfolioDecision> Decisions,
    [property: Id(2)] IReadOnlyList<PortfolioDeadline> Deadlines);
