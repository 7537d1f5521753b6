namespace Collaboration.MembershipFees.Models;

/// <summary>The year's models side by side, against the adopted model of the year before.</summary>
/// <param name="Council">Council forum id.</param>
/// <param name="Year">The fee year.</param>
/// <param name="Previous">Last year's adopted sheet, if any.</param>
/// <param name="Scenarios">Each model of this year computed.</param>
[GenerateSerializer, Immutable]
public sealed record FeeComparison(
    [property: Id(0)] string Council,
    [property: Id(1)] int Year,
    [property: Id(2)] FeeSheet? Previous,
    [property: Id(3)] IReadOnlyList<FeeSheet> Scenarios);
