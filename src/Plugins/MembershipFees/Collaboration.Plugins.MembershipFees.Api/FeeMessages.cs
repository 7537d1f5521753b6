using Collaboration.Api;
using Collaboration.MembershipFees.Models;
using FeeLine = Collaboration.MembershipFees.Models.FeeLine;
using FeeModel = Collaboration.MembershipFees.Models.FeeModel;
using MemberFee = Collaboration.MembershipFees.Models.MemberFee;

namespace Collaboration.MembershipFees.Api;

/// <summary>Maps the MembershipFees API between the wire and the grain contracts; shape checks happen here.</summary>
internal static class FeeMessages
{
    /// <summary>What a PATCH may change of a draft model; council, year and name identify it, adoption has its own action.</summary>
    public static readonly IReadOnlySet<string> ModelFields = new HashSet<string>
    {
        "title", "base_amount", "rate_per_inhabitant", "floor", "cap", "observers", "double_membership", "county_contribution", "double_members", "note",
    };

    public static FeeModel ToModel(this V1.FeeModel m) => new(
        Field.Slug(m.Name, "name"),
        Field.Required(m.Title, "title"),
        Field.OptionalAmount(m.BaseAmount, "baseAmount") ?? 0,
        Field.OptionalAmount(m.RatePerInhabitant, "ratePerInhabitant") ?? 0,
        Field.OptionalAmount(m.Floor, "floor"),
        Field.OptionalAmount(m.Cap, "cap"),
        m.Observers is { } o ? new ObserverRule(o.Free, Field.OptionalPercent(o.ReductionPercent, "observers.reductionPercent") ?? 0) : new ObserverRule(true, 0),
        m.DoubleMembership is { } d
            ? new Discount(Field.OptionalPercent(d.Percent, "doubleMembership.percent") ?? 0, Field.OptionalAmount(d.Fixed, "doubleMembership.fixed") ?? 0)
            : Discount.None,
        Field.OptionalAmount(m.CountyContribution, "countyContribution") ?? 0,
        m.DoubleMembers.Count == 0 ? null : [.. m.DoubleMembers.Select((id, i) => Field.Kommunenummer(id, $"doubleMembers[{i}]"))],
        Field.Text(m.Note, "note", 4000),
        null);

    /// <summary>The municipalities models name by kommunenummer alone: their double members.</summary>
    public static IEnumerable<string> MunicipalitiesIn(IEnumerable<FeeModel> models) => models.SelectMany(m => m.DoubleMembers ?? []);

    /// <summary>The model, its double members named from <paramref name="names"/> (those registered).</summary>
    public static V1.FeeModel ToMessage(this FeeModel model, string council, int year, IReadOnlyDictionary<string, string> names)
    {
        var message = new V1.FeeModel
        {
            Council = council,
            Year = year,
            Name = model.Name,
            Title = model.Title,
            BaseAmount = Wire.Amount(model.BaseAmount),
            RatePerInhabitant = Wire.Amount(model.RatePerInhabitant),
            Observers = new V1.ObserverRule { Free = model.Observers.Free, ReductionPercent = Wire.Percent(model.Observers.ReductionPercent) },
            DoubleMembership = new V1.Discount { Percent = Wire.Percent(model.DoubleMembership.Percent), Fixed = Wire.Amount(model.DoubleMembership.Fixed) },
            CountyContribution = Wire.Amount(model.CountyContribution),
        };
        if (model.Floor is { } floor) message.Floor = Wire.Amount(floor);
        if (model.Cap is { } cap) message.Cap = Wire.Amount(cap);
        if (model.Note is { } note) message.Note = note;
        if (model.Adopted is { } adopted) message.Adopted = adopted.ToString();
        message.DoubleMembers.AddRange(model.DoubleMembers ?? []);
        message.Names.Add((model.DoubleMembers ?? []).Distinct().Where(names.ContainsKey).ToDictionary(id => id, id => names[id]));
        message.Version = model.Version;
        return message;
    }

    /// <summary>The year, each model's double members named from <paramref name="names"/>.</summary>
    public static V1.FeeYear ToMessage(this FeeYear year, IReadOnlyDictionary<string, string> names)
    {
        var message = new V1.FeeYear { Council = year.Council, Year = year.Year, InvoiceCount = year.InvoiceCount, Version = year.Version };
        if (year.AdoptedModel is { } adopted) message.AdoptedModel = adopted;
        message.Models.AddRange(year.Models.Select(m => m.ToMessage(year.Council, year.Year, names)));
        return message;
    }

    public static V1.Comparison ToMessage(this FeeComparison comparison)
    {
        var message = new V1.Comparison { Council = comparison.Council, Year = comparison.Year };
        var previous = comparison.Previous;
        if (previous is not null)
        {
            message.PreviousModel = previous.Model.Name;
            message.PreviousRevenue = Wire.Amount(previous.Revenue);
        }

        message.Scenarios.AddRange(comparison.Scenarios.Select(sheet =>
        {
            var scenario = new V1.Scenario
            {
                Model = sheet.Model.Name,
                Title = sheet.Model.Title,
                Adopted = sheet.Model.Adopted is not null,
                MemberTotal = Wire.Amount(sheet.MemberTotal),
                CountyContribution = Wire.Amount(sheet.Model.CountyContribution),
                Revenue = Wire.Amount(sheet.Revenue),
                DoubleMembershipCost = Wire.Amount(sheet.DoubleMembershipCost),
            };
            if (previous is not null) scenario.RevenueChangeNok = Wire.Amount(sheet.Revenue - previous.Revenue);
            scenario.Fees.AddRange(sheet.Fees.Select(fee => fee.ToMessage(previous?.Fees.FirstOrDefault(p => p.MunicipalityId == fee.MunicipalityId))));
            return scenario;
        }));
        return message;
    }

    public static V1.InvoiceList ToMessage(this IEnumerable<FeeInvoice> invoices)
    {
        var message = new V1.InvoiceList();
        message.Invoices.AddRange(invoices.Select(i => new V1.Invoice
        {
            Number = i.Number,
            Council = i.Council,
            Year = i.Year,
            Model = i.Model,
            Decision = i.Decision.ToString(),
            Fee = i.Fee.ToMessage(null),
        }));
        return message;
    }

    private static V1.MemberFee ToMessage(this MemberFee fee, MemberFee? previous)
    {
        var message = new V1.MemberFee
        {
            Kommunenummer = fee.MunicipalityId,
            Name = fee.Name,
            Role = Field.Lower(fee.Role),
            Population = fee.Population,
            DoubleMember = fee.DoubleMember,
            Fee = Wire.Amount(fee.Fee),
        };
        if (fee.PopulationYear is { } year) message.PopulationYear = year;
        if (previous is not null)
        {
            message.PreviousFee = Wire.Amount(previous.Fee);
            message.ChangeNok = Wire.Amount(fee.Fee - previous.Fee);
            if (previous.Fee != 0) message.ChangePercent = Wire.Percent(decimal.Round((fee.Fee - previous.Fee) / previous.Fee * 100, 2, MidpointRounding.AwayFromZero));
        }

        message.Lines.AddRange(fee.Lines.Select(ToMessage));
        return message;
    }

    private static V1.FeeLine ToMessage(FeeLine line) => new() { Text = line.Text, Amount = Wire.Amount(line.Amount) };
}
