using System.Globalization;
using System.Text;
using Collaboration.JointProjects.Agreements;

namespace Collaboration.JointProjects.Api;

/// <summary>An allocation as CSV for Norwegian spreadsheets: semicolon, decimal comma, UTF-8 with BOM.</summary>
internal static class AllocationCsv
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static byte[] Write(CostAllocation allocation)
    {
        var kind = allocation.Budget ? "budsjett" : "regnskap";
        var csv = new StringBuilder("Prosjekt;År;Grunnlag;Avtaleversjon;Kommunenummer;Kommune;Andel;Beregning\r\n");
        foreach (var bill in allocation.Bills)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{allocation.ProjectId};{allocation.Year};{kind};{allocation.AgreementVersion};{bill.MunicipalityId};{Cell(bill.Name)};{bill.Amount.ToString("0.00", Norwegian)};{Cell(bill.Basis)}\r\n");
        }

        csv.Append(CultureInfo.InvariantCulture, $"{allocation.ProjectId};{allocation.Year};{kind};{allocation.AgreementVersion};;Sum;{allocation.Total.ToString("0.00", Norwegian)};\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
