using System.Globalization;
using Collaboration.Forums;

namespace Collaboration.MembershipFees.Models;

/// <summary>
/// Computes a model for a council's members. Every line is rounded to the øre and a fee is the
/// sum of its lines, so fees, totals and invoices always add up exactly.
/// </summary>
public static class FeeCalculator
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static FeeSheet Compute(FeeModel model, int year, IReadOnlyList<MemberBasis> members)
    {
        var fees = members.OrderBy(m => m.MunicipalityId, StringComparer.Ordinal).Select(m => Fee(model, year, m)).ToList();
        var memberTotal = fees.Sum(f => f.Fee);
        var doubleCost = -fees.SelectMany(f => f.Lines).Where(l => l.Text.StartsWith(DoubleText, StringComparison.Ordinal)).Sum(l => l.Amount);
        return new FeeSheet(model, fees, memberTotal, memberTotal + model.CountyContribution, doubleCost);
    }

    private const string DoubleText = "Dobbelt medlemskap";

    private static MemberFee Fee(FeeModel model, int year, MemberBasis member)
    {
        var lines = new List<FeeLine> { new("Grunnbeløp", Round(model.BaseAmount)) };
        var populationNote = member.PopulationYear == year - 1 ? $"1.1.{year - 1}" : $"{member.PopulationYear?.ToString(CultureInfo.InvariantCulture) ?? "ukjent år"}, ikke 1.1.{year - 1}";
        lines.Add(new($"Per innbygger: {Nok(model.RatePerInhabitant)} × {member.Population.ToString("N0", Norwegian)} innbyggere ({populationNote})",
            Round(model.RatePerInhabitant * member.Population)));

        var raw = lines.Sum(l => l.Amount);
        if (model.Floor is { } floor && raw < floor)
        {
            lines.Add(new($"Gulv: minst {Nok(floor)}", Round(floor) - raw));
        }
        else if (model.Cap is { } cap && raw > cap)
        {
            lines.Add(new($"Tak: høyst {Nok(cap)}", Round(cap) - raw));
        }

        if (member.Role == MembershipRole.Observer)
        {
            var fee = lines.Sum(l => l.Amount);
            lines.Add(model.Observers.Free
                ? new("Observatør: fritatt", -fee)
                : new($"Observatør: {model.Observers.ReductionPercent.ToString("0.##", Norwegian)} % reduksjon", -Round(fee * model.Observers.ReductionPercent / 100)));
        }

        var beforeDiscount = lines.Sum(l => l.Amount);
        var discount = model.DoubleMembership;
        if (member.DoubleMember && beforeDiscount > 0 && (discount.Percent > 0 || discount.Fixed > 0))
        {
            lines.Add(discount.Percent > 0
                ? new($"{DoubleText}: {discount.Percent.ToString("0.##", Norwegian)} % rabatt", -Round(beforeDiscount * discount.Percent / 100))
                : new($"{DoubleText}: {Nok(discount.Fixed)} rabatt", -Math.Min(Round(discount.Fixed), beforeDiscount)));
        }

        return new MemberFee(member.MunicipalityId, member.Name, member.Role, member.Population, member.PopulationYear,
            member.DoubleMember, lines.Sum(l => l.Amount), lines);
    }

    private static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static string Nok(decimal amount) => $"kr {amount.ToString("N2", Norwegian)}";
}
