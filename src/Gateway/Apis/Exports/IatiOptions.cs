namespace Collaboration.Gateway.Apis.Exports;

/// <summary>How the IATI export names its reporter and reads status words ("Exports:Iati").</summary>
public sealed class IatiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Exports:Iati";

    /// <summary>
    /// The organisation number of the reporting organisation; its ref "NO-BRC-{number}" starts
    /// every activity identifier. By default Trondheim kommune (942110464): the forums of the
    /// region are not registered bodies of their own, so a member that is must report for them,
    /// and Trondheim leads most of the region's entries. An installation for another region sets its own.
    /// </summary>
    public string ReportingOrganisation { get; set; } = "942110464";

    /// <summary>
    /// IATI activity status codes (1 pipeline … 6 suspended) for status words beyond the built-in
    /// ones, or to change those, e.g. "Exports:Iati:Statuses:paused" = 6.
    /// </summary>
    public Dictionary<string, int> Statuses { get; set; } = [];
}
