using System.Globalization;
using Collaboration.Money;

namespace Collaboration.JointProjects.Agreements;

/// <summary>
/// Splits a total among an agreement's parties by its key, to the øre, adding up exactly to the
/// total for every kind of key (largest remainder).
/// </summary>
public static class CostSharing
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static IReadOnlyList<Bill> Allocate(CostAgreement agreement, decimal total)
    {
        var parties = agreement.Parties;
        var key = agreement.Key;
        var inhabitants = parties.Sum(p => (decimal)p.Population);
        if (key.Kind == CostKeyKind.BasePlusPerInhabitant)
        {
            var basePool = Math.Min((key.BaseAmount ?? 0) * parties.Count, total);
            var bases = ProRata.Split(basePool, [.. parties.Select(p => (p.MunicipalityId, 1m))]);
            var rest = ProRata.Split(total - basePool, [.. parties.Select(p => (p.MunicipalityId, (decimal)p.Population))]);
            return [.. parties.Select(p => new Bill(p.MunicipalityId, p.Name, bases[p.MunicipalityId] + rest[p.MunicipalityId],
                $"Grunnbeløp {Nok(bases[p.MunicipalityId])} + {Population(p, key)} av {Count(inhabitants)} innbyggere"))];
        }

        var weights = parties.Select(p => (p.MunicipalityId, key.Kind switch
        {
            CostKeyKind.Equal => 1m,
            CostKeyKind.PerInhabitant => p.Population,
            _ => p.Value ?? 0,
        })).ToList();
        var shares = ProRata.Split(total, weights);
        return [.. parties.Select(p => new Bill(p.MunicipalityId, p.Name, shares[p.MunicipalityId], key.Kind switch
        {
            CostKeyKind.Equal => $"Likt: 1/{parties.Count}",
            CostKeyKind.PerInhabitant => $"{Population(p, key)} av {Count(inhabitants)} innbyggere",
            CostKeyKind.Fixed => $"Fast beløp {Nok(p.Value ?? 0)} av {Nok(parties.Sum(x => x.Value ?? 0))}",
            _ => $"{(p.Value ?? 0).ToString("0.##", Norwegian)} %",
        }))];
    }

    private static string Population(Party party, CostKey key) =>
        party.PopulationYear == key.PopulationYear || party.PopulationYear is null
            ? Count(party.Population)
            : $"{Count(party.Population)} ({party.PopulationYear}, ikke {key.PopulationYear})";

    private static string Count(decimal count) => count.ToString("N0", Norwegian);

    private static string Nok(decimal amount) => $"kr {amount.ToString("N2", Norwegian)}";
}
