using Orleans.Concurrency;

namespace Collaboration.Forums;

/// <summary>
/// A forum's side of the links between cases: looking its cases up for other forums, and
/// recording which cases refer to its own. Served by the forum grain (the same activation as
/// <see cref="IForumGrain"/>); <see cref="ICaseLinksGrain"/> calls it, so that no forum ever
/// waits on another forum while it holds its own turn.
/// </summary>
public interface IForumCaseLinks : IGrainWithStringKey
{
    /// <summary>
    /// For each reference that names this forum (by its id, or by its prefix when it has no forum
    /// id), the link to the case, or a not-registered link when the forum has no such case; null
    /// for a reference that names another forum. Interleaves with the forum's other calls, since a
    /// forum recording a case looks up the cases it refers to while holding its own turn; it only
    /// reads what is in memory.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<CaseLink?>> LookUpCasesAsync(IReadOnlyList<CaseReference> references);

    /// <summary>What a case has to tell the forums it refers (or referred) into; NotFound when there is no such case.</summary>
    Task<CaseReferrals> ReferralsOfAsync(int year, int sequence);

    /// <summary>
    /// Records that the case <paramref name="referrer"/> refers to <paramref name="cases"/> of this
    /// forum and to no other of its cases: each listed case lists it as referring to it, every
    /// other case stops listing it. Setting the same again changes nothing, so a retry repairs a
    /// step that failed. Cases not registered here are passed over.
    /// </summary>
    Task SetReferralsAsync(CaseLink referrer, IReadOnlyList<CaseReference> cases);

    /// <summary>
    /// Creates the case sent on from <paramref name="original"/> in another forum: on the meeting
    /// given, else the forum's next meeting after today, else unscheduled (numbered in this year,
    /// on no meeting yet); it refers to the original as forwarded from it. When this forum already
    /// has a case forwarded from the original, that case is answered and nothing changes.
    /// </summary>
    Task<AgendaItem> ReceiveForwardedAsync(CaseLink original, string? meetingId);
}
