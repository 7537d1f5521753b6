namespace Collaboration.Funding.Applications;

/// <summary>
/// Splits a granted amount among partners in proportion to what each requested, to the øre, so
/// the parts add up exactly to the whole (largest remainder: the øre left after rounding down go
/// to the largest fractions, ties in kommunenummer order).
/// </summary>
public static class GrantAllocation
{
    public static IReadOnlyDictionary<string, decimal> ProRata(decimal amount, IReadOnlyList<(string Id, decimal Weight)> parts)
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
