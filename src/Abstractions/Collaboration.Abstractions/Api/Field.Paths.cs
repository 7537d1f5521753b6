using System.Globalization;

namespace Collaboration.Api;

public static partial class Field
{
    /// <summary>Longest value a path segment of any route may carry (a two-segment forum id is at most 161).</summary>
    public const int MaxPathValueLength = 200;

    /// <summary>
    /// The rule every value taken from a route's path keeps, before any grain is asked about it (access rules look objects
    /// up by it before the route's own check runs): not blank, at most <see cref="MaxPathValueLength"/> characters, and no
    /// control or invisible characters, symbols such as emoji, or lone surrogates. No id of this API has any of them; the
    /// route's own check (<see cref="Slug"/>, <see cref="Kommunenummer"/>...) then says what the value must be.
    /// </summary>
    public static string PathValue(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw CollaborationException.Invalid(field, $"{field} is required in the path.");
        }

        if (value.Length > MaxPathValueLength)
        {
            throw CollaborationException.Invalid(field, $"{field} is longer than {MaxPathValueLength} characters.");
        }

        // The value itself is not repeated: it may be unreadable, or break the answer's lines.
        return value.Any(c => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.OtherSymbol)
            ? throw CollaborationException.Invalid(field, $"{field} holds a character no id has (a control character, a symbol or an emoji).")
            : value;
    }
}
