namespace Collaboration.Portfolio;

/// <summary>
/// What one entry adds to the totals, with its theme, status and municipalities as numbers
/// (<see cref="TotalKeys"/>) and its amounts as whole units (<see cref="Amount"/>): worked out
/// once when the entry changes, then added by every query that matches it.
/// </summary>
public sealed class EntrySums
{
    public EntrySums(PortfolioEntry entry, TotalKeys keys)
    {
        Themes = [.. entry.Item.Themes.Select(keys.Themes.Of)];
        Status = keys.Statuses.Of(entry.Item.Status);
        Municipalities = [.. entry.TakingPartList.Select(p => keys.Municipalities.Of(p.MunicipalityId))];
        decimal[] amounts = [entry.Budget, entry.Item.Requested, entry.Item.Granted,
            .. entry.TakingPartList.SelectMany(p => new[] { p.Requested, p.Granted })];
        var units = amounts.Select(Amount.Units).ToList();
        if (units.All(u => u is not null))
        {
            Units = [.. units.Select(u => u!.Value)];
        }
        else
        {
            Amounts = amounts;
        }
    }

    /// <summary>Its themes, each as often as the entry names it.</summary>
    public int[] Themes { get; }

    public int Status { get; }

    /// <summary>The municipalities that lead or take part; their own requested and granted amounts follow the entry's.</summary>
    public int[] Municipalities { get; }

    /// <summary>
    /// Budget, requested and granted, then each municipality's requested and granted, as whole
    /// units; null when one of them is not a whole unit (see <see cref="Amounts"/>).
    /// </summary>
    public Int128[]? Units { get; }

    /// <summary>The same amounts as decimals, for an entry whose amounts are not all whole units; null otherwise.</summary>
    public decimal[]? Amounts { get; }
}
