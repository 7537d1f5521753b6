namespace Collaboration.Funding.Calls;

/// <summary>How a call has gone: "2 granted of 310" is the Klimasats line in the 2022 minutes.</summary>
/// <param name="Applications">Applications made (withdrawn ones excluded).</param>
/// <param name="Submitted">Submitted and awaiting a decision.</param>
/// <param name="Granted">Granted.</param>
/// <param name="Rejected">Rejected.</param>
/// <param name="RequestedTotal">NOK requested by submitted and decided applications.</param>
/// <param name="GrantedTotal">NOK granted.</param>
/// <param name="SuccessPercent">Granted over decided, in percent to two decimals; 0 before any decision.</param>
/// <param name="ReportedApplications">The funder's total, ours and others', if known.</param>
/// <param name="Drafts">Drafts, being written (or left unsubmitted when the call closed).</param>
/// <param name="Withdrawn">Withdrawn by their leads (not counted in <paramref name="Applications"/>).</param>
/// <param name="Municipalities">Municipalities taking part in the applications counted, each counted once.</param>
[GenerateSerializer, Immutable]
public sealed record CallStatistics(
    [property: Id(0)] int Applications,
    [property: Id(1)] int Submitted,
    [property: Id(2)] int Granted,
    [property: Id(3)] int Rejected,
    [property: Id(4)] decimal RequestedTotal,
    [property: Id(5)] decimal GrantedTotal,
    [property: Id(6)] decimal SuccessPercent,
    [property: Id(7)] int? ReportedApplications,
    [property: Id(8)] int Drafts = 0,
    [property: Id(9)] int Withdrawn = 0,
    [property: Id(10)] int Municipalities = 0)
{
    /// <summary>"2 granted of 310": granted over the funder's total when known, else over our own applications.</summary>
    public string Summary => $"{Granted} granted of {ReportedApplications ?? Applications}";
}
