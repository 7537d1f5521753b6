namespace Collaboration.Gateway.Apis.Exports;

/// <summary>An activity date of IATI's kinds.</summary>
/// <param name="Type">1 planned start, 2 actual start, 3 planned end, 4 actual end.</param>
/// <param name="Day">The date.</param>
public sealed record IatiDate(int Type, DateOnly Day)
{
    public const int PlannedStart = 1;
    public const int ActualStart = 2;
    public const int PlannedEnd = 3;
    public const int ActualEnd = 4;
}
