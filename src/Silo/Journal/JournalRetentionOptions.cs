namespace Collaboration.Silo.Journal;

/// <summary>
/// How long the journal keeps changes (section "Journal"). Kept for good by default: the record of
/// a public body is public. Only kinds whose objects are not public may be given a bound, e.g.
/// <c>Journal:Retention:applications=3650.00:00:00</c>.
/// </summary>
public sealed class JournalRetentionOptions
{
    /// <summary>Per kind (its path word, "applications"), how long its changes are kept.</summary>
    public Dictionary<string, TimeSpan> Retention { get; set; } = [];

    /// <summary>How often changes past their time are removed.</summary>
    public TimeSpan RetentionCheck { get; set; } = TimeSpan.FromHours(1);
}
