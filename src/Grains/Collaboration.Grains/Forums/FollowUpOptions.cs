namespace Collaboration.Forums;

/// <summary>How follow-up deadlines are watched (section "FollowUps").</summary>
public sealed class FollowUpOptions
{
    /// <summary>
    /// Period of the deadline reminder. A reminder tick missed while the silo was down fires at the
    /// next period boundary, so this bounds how late an overdue mark can come after a restart.
    /// </summary>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
