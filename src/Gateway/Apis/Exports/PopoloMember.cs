using System.Text.Json.Serialization;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>The member of a membership: a reference to an organization.</summary>
/// <param name="Id">The organization's id.</param>
public sealed record PopoloMember(string Id)
{
    /// <summary>Always "Organization": members are bodies.</summary>
    [JsonPropertyName("@type")]
    public string Type => "Organization";
}
