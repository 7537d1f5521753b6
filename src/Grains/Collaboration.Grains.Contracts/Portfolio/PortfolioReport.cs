namespace Collaboration.Portfolio;

/// <summary>All that one source says about the portfolio; each report replaces the one before.</summary>
/// <param name="Source">The source's grain id (<c>this.GetGrainId().ToString()</c>).</param>
/// <param name="Item">The entry the source owns, if any (a project, an application).</param>
/// <param name="Supplement">What the source adds to an entry owned by another (a joint project's cost sharing), if any.</param>
/// <param name="Deadlines">Its deadlines: calls closing, follow-ups due, invitations unanswered.</param>
/// <param name="Decisions">Decisions it holds about entries (a forum's cases about projects).</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioReport(
    [property: Id(0)] string Source,
    [property: Id(1)] PortfolioItem? Item,
    [property: Id(2)] PortfolioSupplement? Supplement,
    [property: Id(3)] IReadOnlyList<PortfolioDeadline> Deadlines,
    [property: Id(4)] IReadOnlyList<PortfolioDecision> Decisions)
{
    /// <summary>A report of a source that has nothing to say (yet).</summary>
    public static PortfolioReport Empty(string source) => new(source, null, null, [], []);
}
