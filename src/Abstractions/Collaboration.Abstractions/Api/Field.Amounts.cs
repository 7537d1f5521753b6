using System.Globalization;
using System.Text.RegularExpressions;

namespace Collaboration.Api;

public static partial class Field
{
    /// <summary>
    /// An amount of NOK as it travels: digits, optionally a '.' and one or two decimals ("150000",
    /// "1234.5", "1234.50"); not negative; at most 13 digits before the point. Required: an empty
    /// text is refused.
    /// </summary>
    public static decimal Amount(string? value, string field) =>
        OptionalAmount(value, field) ?? throw CollaborationException.Invalid(field, $"{field} is required: {AmountForm}.");

    /// <summary>An amount as <see cref="Amount"/> reads it, or null when left out (empty).</summary>
    public static decimal? OptionalAmount(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // One pattern, not decimal.TryParse: that would take exponents, signs, spaces, thousands
        // separators and more decimals than øre, each a way for two clients to mean different sums.
        if (AmountPattern().IsMatch(value))
        {
            return decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        throw CollaborationException.Invalid(field,
            value[0] == '-' && AmountPattern().IsMatch(value[1..]) ? $"{field} cannot be negative."
            : TooLarge(value) ? $"{field} must be below 10000000000000 (ten thousand billion)."
            : $"{field} must be {AmountForm}; not '{value}'.");
    }

    /// <summary>A percentage 0–100 written as an amount is ("25", "12.5"), or null when left out (empty).</summary>
    public static decimal? OptionalPercent(string? value, string field) =>
        OptionalAmount(value, field) is not { } percent ? null
        : percent <= 100 ? percent
        : throw CollaborationException.Invalid(field, $"{field} cannot be over 100.");

    private const string AmountForm = "a number with at most two decimals, such as 150000 or 1234.50";

    private static bool TooLarge(string value) => value.All(c => c is (>= '0' and <= '9') or '.') && value.Split('.')[0].Length > 13;

    // [0-9], not \d: \d also matches other scripts' digits, which decimal.Parse would not read.
    [GeneratedRegex(@"^[0-9]{1,13}(?:\.[0-9]{1,2})?$")]
    private static partial Regex AmountPattern();
}
