using Collaboration.Journal;
using Collaboration.Portfolio;
using Collaboration.Registers;
using Collaboration.Versions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums;

/// <summary>
/// Owns a forum's members, meetings, case numbering and follow-ups. Not reentrant, so case
/// numbers are handed out one request at a time and never twice.
/// </summary>
public sealed partial class ForumGrain(
    [PersistentState(CoreKinds.ForumState, GrainStorage.Name)] IPersistentState<ForumState> state,
    IOptions<FollowUpOptions> followUpOptions,
    TimeProvider clock,
    ILogger<ForumGrain> logger) : Grain, IForumGrain, IRemindable, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    private ForumProfile Profile => Existing.OrNotFound(state.State.Profile, $"Forum '{Id}' does not exist.");

    private void EnsureExists() => _ = Profile;

    // The version the change being made will store: what the records it touches are stamped with.
    private int Next => state.State.Version + 1;

    // A change to meetings, cases, follow-ups or members changes what the forum reports to the
    // portfolio (open follow-ups and whom they concern, decisions about projects); its profile is
    // stored with StoreAsync() alone.
    private Task CommitAndReportAsync() => StoreAsync(RefreshAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadPagesAsync();

        // A deadline that passed while the silo was down is caught here rather than at the next
        // reminder tick, which may be up to one period late. A forum with nothing open needs no
        // reminder lookup: a stale reminder unregisters itself when it fires.
        if (FollowUps.Any(f => f.Status == FollowUpStatus.Open))
        {
            await MarkOverdueAsync();
        }
    }

    public Task<Forum> GetAsync() => Task.FromResult(ToForum());

    public Task<bool> ExistsAsync() => Task.FromResult(state.State.Profile is not null);

    public async Task<Forum> PutAsync(ForumProfile profile)
    {
        var current = state.State.Profile;
        Precondition.Check(current is null ? 0 : state.State.ProfileVersion, $"Forum '{Id}'");
        if (current is not null && current.CasePrefix != profile.CasePrefix && state.State.NextSequence.Count > 0)
        {
            throw CollaborationException.Conflict(
                $"The case prefix cannot change from {current.CasePrefix} once cases have been numbered.", "casePrefix");
        }

        if (profile.ParentId is { } parentId)
        {
            if (parentId == Id || !Id.StartsWith(parentId + "/", StringComparison.Ordinal))
            {
                throw CollaborationException.Invalid("parentId", $"The parent of '{Id}' must be a forum whose path it extends.");
            }

            if (!await GrainFactory.GetGrain<IForumGrain>(parentId).ExistsAsync())
            {
                throw CollaborationException.Invalid("parentId", $"Parent forum '{parentId}' does not exist.");
            }
        }

        state.State.Profile = profile;
        state.State.ProfileVersion = Next;
        await StoreAsync();
        if (current is null)
        {
            await GrainFactory.GetGrain<IRegisterGrain>(Register.Forums).AddAsync(Id);
        }

        return ToForum();
    }

    private Forum ToForum() =>
        new(Id, Profile, [.. state.State.Members.OrderBy(m => m.MunicipalityId, StringComparer.Ordinal).ThenBy(m => m.From)]) { Version = state.State.ProfileVersion };
}
