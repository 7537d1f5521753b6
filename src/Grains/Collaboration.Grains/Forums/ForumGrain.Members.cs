using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Versions;

namespace Collaboration.Forums;

public sealed partial class ForumGrain
{
    public async Task<Member> AddMemberAsync(Member member)
    {
        EnsureExists();
        CheckDates(member);
        CheckOverlap(member, except: null);
        if (!await GrainFactory.ExistsAsync(member.MunicipalityId))
        {
            throw CollaborationException.Invalid(BodyField(member.MunicipalityId), $"{member.MunicipalityId} is not registered.");
        }

        member = member with { Version = Next };
        state.State.Members.Add(member);
        state.State.ProfileVersion = Next;
        await CommitAndReportAsync();
        await SyncMembershipsAsync(member.MunicipalityId);
        return member;
    }

    public async Task<Member> UpdateMemberAsync(string bodyId, DateOnly? period, Member member)
    {
        EnsureExists();
        var current = FindPeriod(bodyId, period);
        Precondition.Check(current.Version, $"The membership of {bodyId} in '{Id}'");
        member = member with { MunicipalityId = bodyId, Version = current.Version };
        CheckDates(member);
        if (member == current)
        {
            return current;
        }

        CheckOverlap(member, except: current);
        member = member with { Version = Next };
        state.State.Members[state.State.Members.IndexOf(current)] = member;
        state.State.ProfileVersion = Next;
        await CommitAndReportAsync();
        await SyncMembershipsAsync(bodyId);
        return member;
    }

    public async Task RemoveMemberAsync(string bodyId, DateOnly? period)
    {
        EnsureExists();
        var member = FindPeriod(bodyId, period);
        Precondition.Check(member.Version, $"The membership of {bodyId} in '{Id}'");
        state.State.Members.Remove(member);
        state.State.ProfileVersion = Next;
        await CommitAndReportAsync();
        await SyncMembershipsAsync(bodyId);
    }

    /// <summary>The period starting on <paramref name="period"/>, or the body's latest.</summary>
    private Member FindPeriod(string bodyId, DateOnly? period) =>
        Member.Find(state.State.Members, bodyId, period)
        ?? throw CollaborationException.NotFound(period is { } day
            ? $"{bodyId} has no membership of '{Id}' starting {day:yyyy-MM-dd}."
            : $"{bodyId} is not a member of '{Id}'.");

    // The forum's state is written first; a failed sync is repaired by repeating the request,
    // since the body's record is replaced as a whole.
    private Task SyncMembershipsAsync(string bodyId) =>
        GrainFactory.SetMembershipsAsync(bodyId, Id,
            [.. state.State.Members.Where(m => m.MunicipalityId == bodyId).Select(m => new ForumMembership(Id, m.Role, m.From, m.Until))]);

    private void CheckOverlap(Member member, Member? except)
    {
        var other = state.State.Members.Find(m => m.MunicipalityId == member.MunicipalityId && m != except && m.Overlaps(member));
        if (other is not null)
        {
            var until = other.Until is { } day ? $"until {day:yyyy-MM-dd}" : "with no end";
            throw CollaborationException.Conflict(
                $"{member.MunicipalityId} already has a period in '{Id}' from {other.From:yyyy-MM-dd} {until}; periods of one member cannot overlap.", "from");
        }
    }

    private static void CheckDates(Member member)
    {
        if (member.Until is { } until && until < member.From)
        {
            throw CollaborationException.Invalid("until", "A membership cannot end before it starts.");
        }
    }

    private static string BodyField(string bodyId) => Bodies.IsKommunenummer(bodyId) ? "kommunenummer" : "organisationNumber";
}
