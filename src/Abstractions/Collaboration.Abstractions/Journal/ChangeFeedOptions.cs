using Microsoft.Extensions.Configuration;

namespace Collaboration.Journal;

/// <summary>The change feed's settings (section "Changes"), read by silos and gateways alike.</summary>
public sealed class ChangeFeedOptions
{
    /// <summary>
    /// This installation's URI, the CloudEvents "source" of every change, e.g.
    /// "https://samarbeid.trondheimsregionen.no". When not set: "urn:collaboration:{Orleans:ServiceId}".
    /// </summary>
    public Uri? Source { get; set; }

    /// <summary>The configured source, or the one made from the service id.</summary>
    public static Uri SourceOf(IConfiguration configuration) =>
        configuration.GetSection("Changes").Get<ChangeFeedOptions>()?.Source
        ?? new Uri($"urn:collaboration:{(configuration["Orleans:ServiceId"] is { Length: > 0 } id ? id : "collaboration")}");
}
