using System.Globalization;
using System.Text.RegularExpressions;
using Collaboration.Forums;

namespace Collaboration.Api;

/// <summary>
/// Shape checks at the edge (the gateway and plugin APIs): each turns a wire value into a domain value or throws an Invalid
/// error naming the field (its JSON name), so bad input never reaches a grain.
/// </summary>
public static partial class Field
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>A non-blank text of at most <paramref name="maxLength"/> characters, trimmed.</summary>
    public static string Required(string? value, string field, int maxLength = 300)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CollaborationException.Invalid(field, $"{field} is required.");
        }

        return Text(value, field, maxLength)!;
    }

    /// <summary>An optional text of at most <paramref name="maxLength"/> characters; blank becomes null.</summary>
    public static string? Text(string? value, string field, int maxLength = 300)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw CollaborationException.Invalid(field, $"{field} is longer than {maxLength} characters.");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>A list of non-blank texts, each named by its index when at fault.</summary>
    public static IReadOnlyList<string> Texts(IEnumerable<string> values, string field, int maxLength = 2000) =>
        [.. values.Select((v, i) => Required(v, $"{field}[{i}]", maxLength))];

    /// <summary>A four-digit municipality number.</summary>
    public static string Kommunenummer(string? value, string field = "kommunenummer") =>
        Collaboration.Kommunenummer.IsValid(value)
            ? value!
            : throw CollaborationException.Invalid(field, $"'{value}' is not a kommunenummer: four digits, e.g. 5001.");

    /// <summary>An id of lower-case letters, digits and hyphens.</summary>
    public static string Slug(string? value, string field = "id") =>
        value is not null && SlugPattern().IsMatch(value)
            ? value
            : throw CollaborationException.Invalid(field, $"'{value}' is not a valid id: lower-case letters, digits and hyphens, at most 80.");

    /// <summary>A date written YYYY-MM-DD.</summary>
    public static DateOnly Date(string? value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw CollaborationException.Invalid(field, $"{field} must be a date YYYY-MM-DD, not '{value}'.");

    /// <summary>A date written YYYY-MM-DD, or nothing.</summary>
    public static DateOnly? OptionalDate(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null : Date(value, field);

    /// <summary>A time written HH:mm, or nothing.</summary>
    public static TimeOnly? OptionalTime(string? value, string field) =>
        string.IsNullOrEmpty(value) ? null
        : TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time
        : throw CollaborationException.Invalid(field, $"{field} must be a time HH:mm, not '{value}'.");

    /// <summary>A date means "by the end of that day" in Norway; an RFC 3339 instant is taken as given.</summary>
    public static DateTimeOffset Deadline(string? value, string field) => Instant(value, field, new TimeOnly(23, 59, 59));

    /// <summary>A date means "from the start of that day" in Norway; an RFC 3339 instant is taken as given.</summary>
    public static DateTimeOffset Start(string? value, string field) => Instant(value, field, TimeOnly.MinValue);

    private static DateTimeOffset Instant(string? value, string field, TimeOnly timeOfDay)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var local = date.ToDateTime(timeOfDay);
            return new DateTimeOffset(local, Oslo.GetUtcOffset(local));
        }

        return DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (value!.EndsWith('Z') || value[^6] is '+' or '-')
            ? instant
            : throw CollaborationException.Invalid(field, $"{field} must be a date YYYY-MM-DD or an RFC 3339 time with offset, not '{value}'.");
    }

    /// <summary>An enumeration value written as its name in lower case.</summary>
    public static TEnum Enum<TEnum>(string? value, string field)
        where TEnum : struct, Enum =>
        value is not null && value.All(char.IsAsciiLetterLower)
            && System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed)
            ? parsed
            : throw CollaborationException.Invalid(field,
                $"{field} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}; not '{value}'.");

    /// <summary>A case number such as "KF 23/22".</summary>
    public static CaseNumber CaseNumber(string? value, string field) =>
        Forums.CaseNumber.TryParse(value, out var number)
            ? number!
            : throw CollaborationException.Invalid(field, $"{field} must be a case number such as 'KF 23/22', not '{value}'.");

    /// <summary>A year between 1900 and 2200.</summary>
    public static int Year(int value, string field) =>
        value is >= 1900 and <= 2200 ? value : throw CollaborationException.Invalid(field, $"{field} must be a year 1900–2200.");

    /// <summary>A number above zero.</summary>
    public static int Positive(int value, string field) =>
        value > 0 ? value : throw CollaborationException.Invalid(field, $"{field} must be a positive number.");

    /// <summary>The wire form of an enum value: its name in lower case.</summary>
    public static string Lower<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>A forum path: one or two slugs ("trondheimsregionen/kommunedirektorforum").</summary>
    public static string ForumId(string? value, string field = "id")
    {
        var segments = value?.Split('/') ?? [];
        if (segments.Length is < 1 or > 2 || !segments.All(s => SlugPattern().IsMatch(s)) || segments.Any(ReservedSegments.Contains))
        {
            throw CollaborationException.Invalid(field,
                $"'{value}' is not a forum id: one or two segments of lower-case letters, digits and hyphens, separated by '/'.");
        }

        return value!;
    }

    // Words that follow a forum id in routes cannot be forum names, or routes would be ambiguous.
    private static readonly HashSet<string> ReservedSegments = ["members", "meetings", "cases", "follow-ups"];

    /// <summary>A theme: one lower-case word, Norwegian letters allowed ("næring", "areal").</summary>
    public static string Theme(string? value, string field) =>
        value is not null && ThemePattern().IsMatch(value)
            ? value
            : throw CollaborationException.Invalid(field, $"{field} must be a lower-case word such as 'næring' or 'klima', not '{value}'.");

    [GeneratedRegex("^[a-zæøå][a-zæøå-]{0,39}$")]
    private static partial Regex ThemePattern();

    /// <summary>A case prefix of one to six capital letters.</summary>
    public static string CasePrefix(string? value, string field) =>
        value is not null && CasePrefixPattern().IsMatch(value)
            ? value
            : throw CollaborationException.Invalid(field, $"{field} must be 1–6 capital letters, e.g. KF; not '{value}'.");

    [GeneratedRegex("^[A-ZÆØÅ]{1,6}$")]
    private static partial Regex CasePrefixPattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
