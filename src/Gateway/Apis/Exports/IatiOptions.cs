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
    /// IATI activity status codes (1 pipeline … 6 suspended) for status words, over the stage each
    /// area gives its words, e.g. "Exports:Iati:Statuses:completed" = 3 while final reports are due.
    /// </summary>
    public Dictionary<string, int> Statuses { get; set; } = [];

    /// <summary>What is wrong with the settings, checked at start-up; null when nothing is.</summary>
    public string? Problem() =>
        !OrganisationNumber.IsValid(ReportingOrganisation) ? $"{Section}:ReportingOrganisation must be a valid organisation number."
        : Statuses.Values.Any(code => code is < 1 or > 6) ? $"{Section}:Statuses must map words to IATI activity status codes 1–6."
        : null;
}
