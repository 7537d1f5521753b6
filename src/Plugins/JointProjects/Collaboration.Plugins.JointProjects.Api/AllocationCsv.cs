using System.Globalization;
using Collaboration.Api;
using Collaboration.JointProjects.Agreements;

namespace Collaboration.JointProjects.Api;

/// <summary>An allocation as CSV: one row per participant, then the sum.</summary>
internal static class AllocationCsv
{
    public static byte[] Write(CostAllocation allocation)
    {
        var csv = new NorwegianCsv("Prosjekt", "År", "Grunnlag", "Avtaleversjon", "Kommunenummer", "Kommune", "Andel", "Beregning");
        string[] start = [allocation.ProjectId, allocation.Year.ToString(CultureInfo.InvariantCulture),
            allocation.Budget ? "budsjett" : "regnskap", allocation.AgreementVersion.ToString(CultureInfo.InvariantCulture)];
        foreach (var bill in allocation.Bills)
        {
            csv.Row([.. start, bill.MunicipalityId, bill.Name, NorwegianCsv.Amount(bill.Amount), bill.Basis]);
        }

        return csv.Row([.. start, "", "Sum", NorwegianCsv.Amount(allocation.Total), ""]).ToBytes();
    }
}
