namespace Collaboration.Funding.Applications;

/// <summary>A line of an application's budget.</summary>
/// <param name="Category">E.g. "prosjektleder", "konsulent", "workshop".</param>
/// <param name="Year">The year.</param>
/// <param name="Amount">NOK, not negative, at most two decimals.</param>
[GenerateSerializer, Immutable]
public sealed record BudgetLine(
    [property: Id(0)] string Category,
    [property: Id(1)] int Year,
    [property: Id(2)] decimal Amount);
