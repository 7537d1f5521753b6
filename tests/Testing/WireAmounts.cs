using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Collaboration.Testing;

/// <summary>Amounts as answers carry them: decimal text with exactly two decimals ("1500000.00", "-2500.50").</summary>
public static partial class WireAmounts
{
    /// <summary>The amount in <paramref name="node"/>, exactly; fails when it is not in the answer form.</summary>
    public static decimal Amount(this JsonNode? node)
    {
        var text = node?.GetValue<string>() ?? throw new InvalidOperationException("No amount.");
        return AnswerForm().IsMatch(text)
            ? decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : throw new FormatException($"'{text}' is not an amount as answers write it.");
    }

    [GeneratedRegex(@"^-?[0-9]+\.[0-9]{2}$")]
    private static partial Regex AnswerForm();
}
