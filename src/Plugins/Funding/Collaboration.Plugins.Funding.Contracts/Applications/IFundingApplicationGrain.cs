
namespace Collaboration.Funding.Applications;

/// <summary>
/// A (joint) funding application (søknad), keyed by the id its call gave it. The lead invites
/// municipalities; each answers for itself. Every rule of the 2022 minutes' jordvern case is
/// enforced here, one request at a time, so concurrent answers never overwrite each other.
/// Once its call has closed, a draft changes no more (Conflict naming "deadline"), and the
/// invitations nobody answered expire.
/// </summary>
public interface IFundingApplicationGrain : IGrainWithStringKey, Federation.IPeerMessageOrigin
{
    /// <summary>
    /// The application; NotFound when it does not exist. A draft whose call's deadline has passed
    /// is answered with its unanswered invitations expired, even before the call has said so.
    /// </summary>
    Task<FundingApplication> GetAsync();

    /// <summary>The copy of what was submitted, as it was then; NotFound when it was never submitted.</summary>
    Task<Submission> GetSubmissionAsync();

    /// <summary>Creates the application as a draft. A municipality lead takes part with its own amounts.</summary>
    Task<FundingApplication> CreateAsync(NewApplication application);

    /// <summary>
    /// Invites municipalities; inviting one already invited, taking part or having answered changes
    /// nothing (one whose invitation expired is invited again).
    /// Conflict when the call is not joint and a second municipality would take part.
    /// </summary>
    Task<FundingApplication> InviteAsync(IReadOnlyList<string> municipalityIds);

    /// <summary>
    /// Invites another region's municipality through <paramref name="peer"/>'s installation: the
    /// invitation is queued for it and shows as sent, not yet delivered, until the peer
    /// acknowledges it. The same municipality again changes nothing.
    /// </summary>
    Task<FundingApplication> InviteRemoteAsync(string municipalityId, string peer, string region);

    /// <summary>
    /// Applies a remote partner's answer delivered by <paramref name="peer"/>, under the same rules
    /// as a local answer; refused when the municipality was not invited through that peer. The
    /// same message again gets the same receipt.
    /// </summary>
    Task<Federation.PeerReceipt> AnswerRemoteAsync(string peer, string messageId, Remote.RemoteAnswer answer, DateTimeOffset at);

    /// <summary>Invites every current member of a forum (all of Trondheimsregionen, say).</summary>
    Task<FundingApplication> InviteForumAsync(string forumId);

    /// <summary>
    /// An invited municipality accepts with its amounts and role. Accepting again with the same
    /// answer changes nothing; with other amounts it replaces the answer while the application is a draft.
    /// Conflict naming "requested" when it asks more than the call's maximum per municipality.
    /// </summary>
    Task<FundingApplication> AcceptAsync(string municipalityId, PartnerShare share);

    /// <summary>An invited municipality declines.</summary>
    Task<FundingApplication> DeclineAsync(string municipalityId);

    /// <summary>A partner leaves while the application is a draft.</summary>
    Task<FundingApplication> LeaveAsync(string municipalityId);

    /// <summary>
    /// Replaces the budget. <paramref name="expectedVersion"/> is the version the editor read;
    /// a stale one is refused (PreconditionFailed) so two editors never silently overwrite each other.
    /// </summary>
    Task<FundingApplication> SetBudgetAsync(IReadOnlyList<BudgetLine> lines, int? expectedVersion);

    /// <summary>Changes the title while the application is a draft.</summary>
    Task<FundingApplication> RetitleAsync(string title);

    /// <summary>Submits: every invitation answered, budget balanced, limits kept, before the call's deadline.</summary>
    Task<FundingApplication> SubmitAsync();

    /// <summary>Records the funder's decision on a submitted application.</summary>
    Task<FundingApplication> DecideAsync(FundingDecision decision);

    /// <summary>Withdraws a draft or submitted application.</summary>
    Task<FundingApplication> WithdrawAsync();

    /// <summary>
    /// Expires the invitations nobody answered, if this is a draft and its call has closed; else
    /// changes nothing. Called by the call at its deadline; safe to call again.
    /// </summary>
    Task ExpireInvitationsAsync();
}
