namespace Collaboration.JointProjects.Agreements;

/// <summary>What each participant pays of a year's costs.</summary>
/// <param name="ProjectId">The project.</param>
/// <param name="Year">The year.</param>
/// <param name="Budget">True for the budget, false for actual costs.</param>
/// <param name="Total">The year's total.</param>
/// <param name="AgreementVersion">The agreement applied.</param>
/// <param name="Bills">Each participant's bill; they add up to the total exactly.</param>
[GenerateSerializer, Immutable]
public sealed record CostAllocation(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] int Year,
    [property: Id(2)] bool Budget,
    [property: Id(3)] decimal Total,
    [property: Id(4)] int AgreementVersion,
    [property: Id(5)] IReadOnlyList<Bill> Bills);
