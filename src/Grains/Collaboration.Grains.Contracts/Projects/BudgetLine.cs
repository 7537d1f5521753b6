using System.Text.Json.Serialization;

namespace Collaboration.Projects;

/// <summary>The budget of one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Amount">NOK to the øre, not negative.</param>
[GenerateSerializer, Immutable]
public sealed record BudgetLine(
    [property: Id(0)] int Year,
    // Stored states keep the name from when budgets were whole kroner, so rows written then still load.
    [property: Id(1), JsonPropertyName("amountNok")] decimal Amount);
