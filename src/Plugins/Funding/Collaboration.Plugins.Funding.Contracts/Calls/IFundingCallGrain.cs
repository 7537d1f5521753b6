
namespace Collaboration.Funding.Calls;

/// <summary>
/// A funding call (utlysning), keyed by a slug such as "jordvern-2022". It numbers the
/// applications made to it, keeps their outcomes for its statistics, and closes itself at its
/// deadline by a durable reminder, which then has its drafts expire their unanswered invitations.
/// </summary>
public interface IFundingCallGrain : IGrainWithStringKey
{
    /// <summary>The call; NotFound when it was never published.</summary>
    /// <remarks>
    /// Interleaved: at its deadline the call waits on each application to expire its invitations,
    /// and an application being read at that moment waits on the call; a read must not wait its turn.
    /// </remarks>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<FundingCall> GetAsync();

    /// <summary>Publishes the call or replaces its details; a deadline moved into the past closes it at once.</summary>
    Task<FundingCall> PutAsync(CallDetails details);

    /// <summary>
    /// Gives an application its id: the one asked for (again, if asked before: the application
    /// itself refuses a second creation), else the next number ("jordvern-2022-1", …).
    /// Conflict when the call is not open.
    /// </summary>
    Task<string> NumberApplicationAsync(string? wantedId);

    /// <summary>Records where one of its applications stands, for the statistics.</summary>
    Task RecordAsync(ApplicationRecord record);

    /// <summary>The call's applications as last recorded.</summary>
    Task<IReadOnlyList<ApplicationRecord>> ListApplicationsAsync();
}
