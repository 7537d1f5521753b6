namespace Collaboration.Funding.Municipalities;

/// <summary>
/// A municipality's funding desk (key: kommunenummer), kept in sync by the applications, so a
/// municipality lists its own funding work without a scan.
/// </summary>
public interface IMunicipalityFundingGrain : IGrainWithStringKey
{
    /// <summary>Open calls, applications it leads, invitations waiting for its answer, applications it takes part in.</summary>
    Task<FundingOverview> GetOverviewAsync();

    /// <summary>Records the municipality's place in an application (called by the application).</summary>
    Task SetInvolvementAsync(Involvement involvement);
}
