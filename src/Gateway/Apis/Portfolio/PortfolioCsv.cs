using System.Globalization;
using Collaboration.Api;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>The overview as CSV for Norwegian spreadsheets (semicolon, decimal comma, UTF-8 with BOM).</summary>
public static class PortfolioCsv
{
    public static byte[] Write(PortfolioTable table)
    {
        var csv = new NorwegianCsv([.. table.Header]);
        foreach (var cells in table.Rows)
        {
            csv.Row([.. cells.Select(Cell)]);
        }

        return csv.ToBytes();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal amount => NorwegianCsv.Amount(amount),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
