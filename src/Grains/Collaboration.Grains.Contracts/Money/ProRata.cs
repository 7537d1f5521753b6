namespace Collaboration.Money;

/// <summary>
/// Splits an amount of NOK among parties in proportion to their weights, to the øre, so the parts
/// add up exactly to the whole (largest remainder: the øre left after rounding down go to the
/// largest fractions, ties in id order). With no weight at all, the parts are equal.
/// </summary>
public static class ProRata
{
    /// <summary>Each id's part of <paramref name="amount"/>.</summary>
    public static IReadOnlyDictionary<string, decimal> Split(decimal amount, IReadOnlyList<(string Id, decimal Weight)> parts)
    {
        if (parts.Count == 0)
        {
            return new Dictionary<string, decimal>();
        }

        var totalWeight = parts.Sum(p => p.Weight);
        var weights = totalWeight > 0 ? parts : [.. parts.Select(p => (p.Id, Weight: 1m))];
        totalWeight = weights.Sum(p => p.Weight);
        var ore = decimal.Round(amount * 100, MidpointRounding.AwayFromZero);

        var exact = weights.Select(p => (p.Id, Share: ore * p.Weight / totalWeight)).ToList();
        var floors = exact.ToDictionary(p => p.Id, p => decimal.Floor(p.Share));
        var left = (int)(ore - floors.Values.Sum());
        foreach (var (id, _) in exact.OrderByDescending(p => p.Share - decimal.Floor(p.Share)).ThenBy(p => p.Id, StringComparer.Ordinal).Take(left))
        {
            floors[id] += 1;
        }

        return floors.ToDictionary(p => p.Key, p => p.Value / 100);
    }
}
