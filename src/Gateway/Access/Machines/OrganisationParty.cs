using System.Text.Json;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// A body a machine token names in its <c>consumer</c> or <c>supplier</c> claim:
/// <c>{"authority": "iso6523-actorid-upis", "ID": "0192:&lt;organisation number&gt;"}</c>
/// (0192 is the ISO 6523 code of Norway's register of legal entities).
/// </summary>
/// <param name="OrganisationNumber">The body's nine-digit organisation number.</param>
public sealed record OrganisationParty(string OrganisationNumber)
{
    private const string Authority = "iso6523-actorid-upis";
    private const string Prefix = "0192:";

    /// <summary>The party as the claim writes it: "0192:942110464".</summary>
    public override string ToString() => Prefix + OrganisationNumber;

    /// <summary>The party of a claim's JSON text; null when it is not of that shape or the number fails its check.</summary>
    public static OrganisationParty? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var claim = JsonDocument.Parse(json);
            var root = claim.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("authority", out var authority) && authority.ValueKind == JsonValueKind.String && authority.GetString() == Authority
                && root.TryGetProperty("ID", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { } value && value.StartsWith(Prefix, StringComparison.Ordinal)
                && global::Collaboration.OrganisationNumber.IsValid(value[Prefix.Length..])
                    ? new OrganisationParty(value[Prefix.Length..])
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
