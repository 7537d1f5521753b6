using Collaboration.Journal;
using Collaboration.Municipalities;
using Collaboration.Portfolio;
using Collaboration.Registers;
using Collaboration.Versions;
using Microsoft.Extensions.Options;

namespace Collaboration.Forums;

/// <summary>
/// Owns a forum's members, meetings, case numbering and follow-ups. Not reentrant, so case
/// numbers are handed out one request at a time and never twice.
/// </summary>
public sealed partial class ForumGrain(
    [PersistentState(CoreKinds.ForumState, GrainStorage.Name)] IPersistentState<ForumState> state,
    IOptions<FollowUpOptions> followUpOptions,
    TimeProvider clock) : Grain, IForumGrain, IRemindable, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    private ForumProfile Profile => Existing.OrNotFound(state.State.Profile, $"Forum '{Id}' does not exist.");

    private void EnsureExists() => _ = Profile;

    // The version the change being made will store: what the records it touches are stamped with.
    private int Next => state.State.Version + 1;

    // A change to meetings, cases or follow-ups changes what the forum reports to the portfolio
    // (open follow-ups, decisions about projects); its profile and members are stored with this.CommitAsync(state) alone.
    private Task CommitAndReportAsync() => this.CommitAsync(state, then: RefreshAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.StampUnversioned();

        // A deadline that passed while the silo was down is caught here rather than at the next
        // reminder tick, which may be up to one period late. A forum with nothing open needs no
        // reminder lookup: a stale reminder unregisters itself when it fires.
        if (state.State.FollowUps.Any(f => f.Status == FollowUpStatus.Open))
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
        await this.CommitAsync(state);
        if (current is null)
        {
            await GrainFactory.GetGrain<IRegisterGrain>(Register.Forums).AddAsync(Id);
        }

        return ToForum();
    }

    public async Task<Member> AddMemberAsync(Member member)
    {
        EnsureExists();
        CheckDates(member);
        if (state.State.Members.Any(m => m.MunicipalityId == member.MunicipalityId))
        {
            throw CollaborationException.Conflict(
                $"Municipality {member.MunicipalityId} is already a member of '{Id}'; change the membership instead.", "kommunenummer");
        }

        if (!await GrainFactory.GetGrain<IMunicipalityGrain>(member.MunicipalityId).ExistsAsync())
        {
            throw CollaborationException.Invalid("kommunenummer", $"Municipality {member.MunicipalityId} is not registered.");
        }

        member = member with { Version = Next };
        state.State.Members.Add(member);
        state.State.ProfileVersion = Next;
        await this.CommitAsync(state);
        await SyncMembershipAsync(member);
        return member;
    }

    public async Task<Member> UpdateMemberAsync(Member member)
    {
        EnsureExists();
        CheckDates(member);
        var index = state.State.Members.FindIndex(m => m.MunicipalityId == member.MunicipalityId);
        if (index < 0)
        {
            throw CollaborationException.NotFound($"Municipality {member.MunicipalityId} is not a member of '{Id}'.");
        }

        Precondition.Check(state.State.Members[index].Version, $"The membership of {member.MunicipalityId} in '{Id}'");
        if (state.State.Members[index] == member with { Version = state.State.Members[index].Version })
        {
            return state.State.Members[index];
        }

        member = member with { Version = Next };
        state.State.Members[index] = member;
        state.State.ProfileVersion = Next;
        await this.CommitAsync(state);
        await SyncMembershipAsync(member);
        return member;
    }

    public async Task RemoveMemberAsync(string municipalityId)
    {
        EnsureExists();
        var member = state.State.Members.Find(m => m.MunicipalityId == municipalityId)
            ?? throw CollaborationException.NotFound($"Municipality {municipalityId} is not a member of '{Id}'.");
        Precondition.Check(member.Version, $"The membership of {municipalityId} in '{Id}'");
        state.State.Members.Remove(member);
        state.State.ProfileVersion = Next;
        await this.CommitAsync(state);
        await GrainFactory.GetGrain<IMunicipalityGrain>(municipalityId).RemoveMembershipAsync(Id);
    }

    // The forum's state is written first; a failed sync is repaired by repeating the request,
    // since setting a membership is idempotent.
    private Task SyncMembershipAsync(Member member) =>
        GrainFactory.GetGrain<IMunicipalityGrain>(member.MunicipalityId)
            .SetMembershipAsync(new ForumMembership(Id, member.Role, member.From, member.Until));

    private static void CheckDates(Member member)
    {
        if (member.Until is { } until && until < member.From)
        {
            throw CollaborationException.Invalid("until", "A membership cannot end before it starts.");
        }
    }

    private Forum ToForum() =>
        new(Id, Profile, [.. state.State.Members.OrderBy(m => m.MunicipalityId, StringComparer.Ordinal)]) { Version = state.State.ProfileVersion };
}
