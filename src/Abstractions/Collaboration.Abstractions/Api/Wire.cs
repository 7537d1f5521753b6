using System.Globalization;

namespace Collaboration.Api;

/// <summary>The wire forms of dates, times and amounts.</summary>
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

    /// <summary>
    /// An amount of NOK as it travels: always two decimals, a '.' and no grouping ("150000.00",
    /// "-2500.50"), so a client can send it back as it is (<see cref="Field.Amount"/>). Amounts
    /// are kept to the øre before they get here, so the two decimals never round one away.
    /// </summary>
    public static string Amount(decimal amount) => TwoDecimals(amount);

    /// <summary>A percentage written like an amount, to two decimals ("66.67").</summary>
    public static string Percent(decimal percent) => TwoDecimals(percent);

    // "0.00" rounds half away from zero, as the øre rounding everywhere else does.
    private static string TwoDecimals(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
}
