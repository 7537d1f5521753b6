using System.Globalization;
using System.Text.RegularExpressions;

namespace Collaboration.Forums;

/// <summary>
/// A case number as written in minutes: forum prefix, sequence within the year and two-digit
/// year, e.g. "KF 23/22". The full year is kept so numbering never wraps.
/// </summary>
/// <param name="Prefix">The forum's case prefix, e.g. "KF".</param>
/// <param name="Sequence">Sequence within the year, from 1.</param>
/// <param name="Year">The four-digit year.</param>
[GenerateSerializer, Immutable]
public sealed partial record CaseNumber(
    [property: Id(0)] string Prefix,
    [property: Id(1)] int Sequence,
    [property: Id(2)] int Year)
{
    /// <summary>The written form, e.g. "KF 23/22".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix} {Sequence}/{Year % 100:00}");

    /// <summary>
    /// Parses "KF 23/22". Two-digit years are read as 2000–2099 (the system has no cases from
    /// before 2000); a four-digit year ("KF 23/2022") is also accepted.
    /// </summary>
    public static bool TryParse(string? text, out CaseNumber? number)
    {
        number = null;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }

        var sequence = int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return false;
        }

        number = new CaseNumber(match.Groups["prefix"].Value, sequence, year < 100 ? 2000 + year : year);
        return true;
    }

    [GeneratedRegex(@"^(?<prefix>[A-ZÆØÅ]{1,6})\s+(?<seq>[0-9]{1,4})/(?<year>[0-9]{2}|[0-9]{4})$")]
    private static partial Regex Pattern();
}
