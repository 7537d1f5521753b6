using Collaboration.Api;
using Collaboration.MembershipFees.Models;
using FeeLine = Collaboration.MembershipFees.Models.FeeLine;
using FeeModel = Collaboration.MembershipFees.Models.FeeModel;
using MemberFee = Collaboration.MembershipFees.Models.MemberFee;

namespace Collaboration.MembershipFees.Api;

/// <summary>Maps the MembershipFees API between the wire and the grain contracts; shape checks happen here.</summary>
internal static class FeeMessages
{
    public static FeeModel ToModel(this V1.FeeModel m) => new(
        Field.Slug(m.Name, "name"),
        Field.Required(m.Title, "title"),
        Field.Money(m.BaseAmount, "baseAmount"),
        Field.Money(m.RatePerInhabitant, "ratePerInhabitant"),
        m.HasFloor ? Field.Money(m.Floor, "floor") : null,
        m.HasCap ? Field.Money(m.Cap, "cap") : null,
        m.Observers is { } o ? new ObserverRule(o.Free, Percent(o.ReductionPercent, "observers.reductionPercent")) : new ObserverRule(true, 0),
        m.DoubleMembership is { } d
            ? new Discount(Percent(d.Percent, "doubleMembership.percent"), Field.Money(d.Fixed, "doubleMembership.fixed"))
            : Discount.None,
        Field.Money(m.CountyContribution, "countyContribution"),
        m.DoubleMembers.Count == 0 ? null : [.. m.DoubleMembers.Select((id, i) => Field.Kommunenummer(id, $"doubleMembers[{i}]"))],
        Field.Text(m.Note, "note", 4000),
        null);

    public static V1.FeeModel ToMessage(this FeeModel model, string council, int year)
    {
        var message = new V1.FeeModel
        {
            Council = council,
            Year = year,
            Name = model.Name,
            Title = model.Title,
            BaseAmount = (double)model.BaseAmount,
            RatePerInhabitant = (double)model.RatePerInhabitant,
            Observers = new V1.ObserverRule { Free = model.Observers.Free, ReductionPercent = (double)model.Observers.ReductionPercent },
            DoubleMembership = new V1.Discount { Percent = (double)model.DoubleMembership.Percent, Fixed = (double)model.DoubleMembership.Fixed },
            CountyContribution = (double)model.CountyContribution,
        };
        if (model.Floor is { } floor) message.Floor = (double)floor;
        if (model.Cap is { } cap) message.Cap = (double)cap;
        if (model.Note is { } note) message.Note = note;
        if (model.Adopted is { } adopted) message.Adopted = adopted.ToString();
        message.DoubleMembers.AddRange(model.DoubleMembers ?? []);
        return message;
    }

    public static V1.FeeYear ToMessage(this FeeYear year)
    {
        var message = new V1.FeeYear { Council = year.Council, Year = year.Year, InvoiceCount = year.InvoiceCount };
        if (year.AdoptedModel is { } adopted) message.AdoptedModel = adopted;
        message.Models.AddRange(year.Models.Select(m => m.ToMessage(year.Council, year.Year)));
        return message;
    }

    public static V1.Comparison ToMessage(this FeeComparison comparison)
    {
        var message = new V1.Comparison { Council = comparison.Council, Year = comparison.Year };
        var previous = comparison.Previous;
        if (previous is not null)
        {
            message.PreviousModel = previous.Model.Name;
            message.PreviousRevenue = (double)previous.Revenue;
        }

        message.Scenarios.AddRange(comparison.Scenarios.Select(sheet =>
        {
            var scenario = new V1.Scenario
            {
                Model = sheet.Model.Name,
                Title = sheet.Model.Title,
                Adopted = sheet.Model.Adopted is not null,
                MemberTotal = (double)sheet.MemberTotal,
                CountyContribution = (double)sheet.Model.CountyContribution,
                Revenue = (double)sheet.Revenue,
                DoubleMembershipCost = (double)sheet.DoubleMembershipCost,
            };
            if (previous is not null) scenario.RevenueChangeNok = (double)(sheet.Revenue - previous.Revenue);
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
            Fee = (double)fee.Fee,
        };
        if (fee.PopulationYear is { } year) message.PopulationYear = year;
        if (previous is not null)
        {
            message.PreviousFee = (double)previous.Fee;
            message.ChangeNok = (double)(fee.Fee - previous.Fee);
            if (previous.Fee != 0) message.ChangePercent = (double)decimal.Round((fee.Fee - previous.Fee) / previous.Fee * 100, 1);
        }

        message.Lines.AddRange(fee.Lines.Select(ToMessage));
        return message;
    }

    private static V1.FeeLine ToMessage(FeeLine line) => new() { Text = line.Text, Amount = (double)line.Amount };

    private static decimal Percent(double value, string field)
    {
        var percent = Field.Money(value, field);
        return percent <= 100 ? percent : throw CollaborationException.Invalid(field, $"{field} cannot be over 100.");
    }
}
