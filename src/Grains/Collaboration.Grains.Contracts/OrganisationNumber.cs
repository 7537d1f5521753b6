namespace Collaboration;

/// <summary>
/// The nine-digit Norwegian organisation number (organisasjonsnummer) of Enhetsregisteret, e.g.
/// 942110464 for Trondheim kommune. The ninth digit is a modulus 11 check digit, computed as
/// Brønnøysundregistrene do, so a mistyped digit is caught before it is stored.
/// </summary>
public static class OrganisationNumber
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Whether <paramref name="value"/> is nine digits whose last is the check digit of the first eight.</summary>
    public static bool IsValid(string? value) =>
        value is { Length: 9 } && value.All(char.IsAsciiDigit) && CheckDigit(value.AsSpan(0, 8)) == value[8] - '0';

    /// <summary>
    /// Reads an organisation number written plain ("942110464") or grouped as the register prints
    /// it ("942 110 464"), and gives the plain form; false when it is not one.
    /// </summary>
    public static bool TryParse(string? text, out string number)
    {
        var trimmed = text?.Trim() ?? "";
        var plain = trimmed.Length == 11 && trimmed[3] == ' ' && trimmed[7] == ' ' ? trimmed.Replace(" ", "", StringComparison.Ordinal) : trimmed;
        number = IsValid(plain) ? plain : "";
        return number.Length > 0;
    }

    /// <summary>
    /// The check digit of the first eight digits: 11 − (weighted sum mod 11), 11 read as 0; null
    /// when the rule gives 10, since no number is issued with that prefix.
    /// </summary>
    public static int? CheckDigit(ReadOnlySpan<char> firstEight)
    {
        if (firstEight.Length != Weights.Length)
        {
            throw new ArgumentException("An organisation number's check digit is made from eight digits.", nameof(firstEight));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (firstEight[i] - '0') * Weights[i];
        }

        return (11 - (sum % 11)) switch
        {
            11 => 0,
            10 => null,
            var digit => digit,
        };
    }
}
