using System.Globalization;

namespace Collaboration.Api;

public static partial class Field
{
    /// <summary>Most items one page may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>A page size of 1 to <see cref="MaxPageSize"/>, <paramref name="fallback"/> when not given.</summary>
    public static int PageSize(int? value, string field, int fallback = 100) => value switch
    {
        null => fallback,
        >= 1 and <= MaxPageSize => value.Value,
        _ => throw CollaborationException.Invalid(field, $"{field} must be 1–{MaxPageSize}, not {value}."),
    };

    /// <summary>A journal cursor as handed out by the API (a position: digits only); null when not given.</summary>
    public static long? Cursor(string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : throw CollaborationException.Invalid(field, $"{field} must be a cursor from an earlier answer, not '{value}'.");
    }

    /// <summary>A journal cursor as it travels: its position in digits.</summary>
    public static string Cursor(long position) => position.ToString(CultureInfo.InvariantCulture);
}
