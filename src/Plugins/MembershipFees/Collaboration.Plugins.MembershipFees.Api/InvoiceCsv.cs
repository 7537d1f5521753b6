using System.Globalization;
using Collaboration.Api;
using Collaboration.MembershipFees.Models;

namespace Collaboration.MembershipFees.Api;

/// <summary>Invoice bases as CSV: one row per line of each invoice, then its sum.</summary>
internal static class InvoiceCsv
{
    public static byte[] Write(IEnumerable<FeeInvoice> invoices)
    {
        var csv = new NorwegianCsv("Fakturanummer", "Kommunenummer", "Kommune", "Rolle", "År", "Vedtak", "Linje", "Beløp");
        foreach (var invoice in invoices)
        {
            var fee = invoice.Fee;
            string[] start = [invoice.Number, fee.MunicipalityId, fee.Name, fee.Role.ToString().ToLowerInvariant(),
                invoice.Year.ToString(CultureInfo.InvariantCulture), invoice.Decision.ToString()];
            foreach (var line in fee.Lines)
            {
                csv.Row([.. start, line.Text, NorwegianCsv.Amount(line.Amount)]);
            }

            csv.Row([.. start, "Sum", NorwegianCsv.Amount(fee.Fee)]);
        }

        return csv.ToBytes();
    }
}
