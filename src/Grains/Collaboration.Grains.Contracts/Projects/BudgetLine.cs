namespace Collaboration.Projects;

/// <summary>The budget of one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="AmountNok">Whole kroner, not negative.</param>
[GenerateSerializer, Immutable]
public sealed record BudgetLine(
    [property: Id(0)] int Year,
    [property: Id(1)] long AmountNok);
