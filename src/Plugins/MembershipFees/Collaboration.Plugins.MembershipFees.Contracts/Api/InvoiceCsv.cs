using System.Globalization;
using System.Text;
using Collaboration.MembershipFees.Models;

namespace Collaboration.MembershipFees.Api;

/// <summary>
/// Invoice bases as CSV for Norwegian spreadsheets: semicolon-separated, decimal comma, UTF-8 with
/// a byte-order mark; one row per line of each invoice, then its sum.
/// </summary>
internal static class InvoiceCsv
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public static byte[] Write(IEnumerable<FeeInvoice> invoices)
    {
        var csv = new StringBuilder("Fakturanummer;Kommunenummer;Kommune;Rolle;År;Vedtak;Linje;Beløp\r\n");
        foreach (var invoice in invoices)
        {
            var fee = invoice.Fee;
            var start = $"{invoice.Number};{fee.MunicipalityId};{Cell(fee.Name)};{fee.Role.ToString().ToLowerInvariant()};{invoice.Year};{invoice.Decision}";
            foreach (var line in fee.Lines)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{start};{Cell(line.Text)};{Amount(line.Amount)}\r\n");
            }

            csv.Append(CultureInfo.InvariantCulture, $"{start};Sum;{Amount(fee.Fee)}\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Amount(decimal amount) => amount.ToString("0.00", Norwegian);

    private static string Cell(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
