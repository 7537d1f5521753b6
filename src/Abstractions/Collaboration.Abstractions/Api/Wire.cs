using System.Globalization;

namespace Collaboration.Api;

/// <summary>The wire forms of dates and times.</summary>
public static class Wire
{
    /// <summary>YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>HH:mm.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 with the offset, to the second.</summary>
    public static string Instant(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>An instant as Norwegians read it: in Europe/Oslo time, RFC 3339 with the offset.</summary>
    public static string OsloInstant(DateTimeOffset instant) => Instant(TimeZoneInfo.ConvertTime(instant, Oslo));

    /// <summary>The day an instant falls on in Europe/Oslo, YYYY-MM-DD.</summary>
    public static string OsloDate(DateTimeOffset instant) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Oslo).DateTime));

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
}
