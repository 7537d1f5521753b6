namespace Collaboration.Portfolio;

/// <summary>
/// What one entry adds to the totals, with its theme, status and municipalities as numbers
/// (<see cref="TotalKeys"/>): worked out once when the entry changes, then added by every query
/// that matches it.
/// </summary>
public sealed class EntrySums
{
    public EntrySums(PortfolioEntry entry, TotalKeys keys)
    {
        Budget = entry.Budget;
        Requested = entry.Item.Requested;
        Granted = entry.Item.Granted;
        Themes = [.. entry.Item.Themes.Select(keys.Themes.Of)];
        Status = keys.Statuses.Of(entry.Item.Status);
        Municipalities = [.. entry.TakingPartList.Select(p => keys.Municipalities.Of(p.MunicipalityId))];
        MunicipalitiesRequested = [.. entry.TakingPartList.Select(p => p.Requested)];
        MunicipalitiesGranted = [.. entry.TakingPartList.Select(p => p.Granted)];
    }

    public decimal Budget { get; }

    public decimal Requested { get; }

    public decimal Granted { get; }

    /// <summary>Its themes, each as often as the entry names it.</summary>
    public int[] Themes { get; }

    public int Status { get; }

    /// <summary>The municipalities that lead or take part, with their own amounts at the same places.</summary>
    public int[] Municipalities { get; }

    public decimal[] MunicipalitiesRequested { get; }

    public decimal[] MunicipalitiesGranted { get; }
}
