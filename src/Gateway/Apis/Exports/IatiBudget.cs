namespace Collaboration.Gateway.Apis.Exports;

/// <summary>The budget of one calendar year (IATI advises periods of a year at most), NOK, indicative and original.</summary>
/// <param name="Year">The year.</param>
/// <param name="Amount">NOK.</param>
public sealed record IatiBudget(int Year, decimal Amount)
{
    /// <summary>First day of the period, also the value date the amount is counted on.</summary>
    public DateOnly Start => new(Year, 1, 1);

    /// <summary>Last day of the period.</summary>
    public DateOnly End => new(Year, 12, 31);
}
