using System.Text.RegularExpressions;

namespace Collaboration;

/// <summary>The four-digit Norwegian municipality number (kommunenummer), e.g. 5001 for Trondheim.</summary>
public static partial class Kommunenummer
{
    /// <summary>Whether <paramref name="value"/> has the form of a kommunenummer: four digits, county part 03–56.</summary>
    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^(0[3-9]|[1-4][0-9]|5[0-6])[0-9]{2}$")]
    private static partial Regex Pattern();
}
