using System.Globalization;
using System.Text;

namespace Collaboration.Api;

/// <summary>
/// CSV as Norwegian spreadsheets open it without asking: semicolon-separated, decimal comma,
/// UTF-8 with a byte-order mark, CRLF line ends.
/// </summary>
public sealed class NorwegianCsv
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    private readonly StringBuilder _text = new();

    /// <summary>Starts a file with its header row.</summary>
    public NorwegianCsv(params string[] header) => Row(header);

    /// <summary>Adds a row; cells with separators or quotes are quoted.</summary>
    public NorwegianCsv Row(params string[] cells)
    {
        _text.Append(string.Join(';', cells.Select(Cell))).Append("\r\n");
        return this;
    }

    /// <summary>An amount of NOK with two decimals and a decimal comma.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", Norwegian);

    /// <summary>The file's bytes.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())];

    private static string Cell(string text) =>
        text.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
