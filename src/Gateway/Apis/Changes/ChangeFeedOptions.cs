namespace Collaboration.Gateway.Apis.Changes;

/// <summary>The change feed's settings (section "Changes").</summary>
public sealed class ChangeFeedOptions
{
    /// <summary>
    /// This installation's URI, the CloudEvents "source" of every change, e.g.
    /// "https://samarbeid.trondheimsregionen.no". When not set: "urn:collaboration:{service id}".
    /// </summary>
    public Uri? Source { get; set; }
}
