namespace Collaboration.JointProjects.Agreements;

/// <summary>A budget or cost line.</summary>
/// <param name="Year">Year.</param>
/// <param name="Category">E.g. "prosjektleder", "konsulent".</param>
/// <param name="Amount">NOK, not negative.</param>
[GenerateSerializer, Immutable]
public sealed record CostLine(
    [property: Id(0)] int Year,
    [property: Id(1)] string Category,
    [property: Id(2)] decimal Amount);
