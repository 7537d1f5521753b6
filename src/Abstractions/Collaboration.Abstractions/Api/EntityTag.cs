using System.Globalization;

namespace Collaboration.Api;

/// <summary>
/// An object's version as an HTTP entity tag: the strong tag <c>"7"</c> for version 7. If-Match
/// compares strongly (RFC 9110), so a weak tag (<c>W/"7"</c>) or an unquoted one is refused as
/// malformed rather than silently never matching.
/// </summary>
public static class EntityTag
{
    /// <summary>The entity tag of a version.</summary>
    public static string Of(int version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>
    /// The version a precondition header names: null without the header, <see cref="Versions.Precondition.AnyVersion"/>
    /// for <c>*</c>; Invalid (naming the header) for anything but one strong tag made by this API.
    /// </summary>
    public static int? Parse(string? header, string name)
    {
        var value = header?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value == "*")
        {
            return Versions.Precondition.AnyVersion;
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && version > 0
            ? version
            : throw CollaborationException.Invalid(name, $"{name} must name one version as the ETag gave it, such as \"7\" (with the quotes), or *; not {value}.");
    }
}
