using Collaboration.Versions;
using Orleans.Concurrency;

namespace Collaboration.Forums;

/// <summary>
/// Links cases across forums in steps each forum takes in its own turn: the referring forum
/// records its case, then every forum it refers into records the backlinks. Holds no state.
/// </summary>
[StatelessWorker]
public sealed class CaseLinksGrain : Grain, ICaseLinksGrain
{
    public async Task<AgendaItem> AddAgendaItemAsync(string forumId, string meetingId, AgendaItemDraft draft)
    {
        var item = await GrainFactory.GetGrain<IForumGrain>(forumId).AddAgendaItemAsync(meetingId, draft);
        await SendReferralsAsync(forumId, item.Number!);
        return item;
    }

    public async Task<AgendaItem> UpdateCaseAsync(string forumId, int year, int sequence, AgendaItemDraft draft)
    {
        var item = await GrainFactory.GetGrain<IForumGrain>(forumId).UpdateCaseAsync(year, sequence, draft);

        // The caller's expected version was for the case itself, not for the cases it refers to.
        Precondition.Clear();
        await SendReferralsAsync(forumId, item.Number!);
        return item;
    }

    public async Task<AgendaItem> ForwardCaseAsync(string forumId, int year, int sequence, CaseForwarding forwarding)
    {
        var target = forwarding.TargetForumId;
        if (target == forumId)
        {
            throw CollaborationException.Invalid("targetForumId", "A case is forwarded to another forum than its own.");
        }

        var original = await GrainFactory.GetGrain<IForumCaseLinks>(forumId).ReferralsOfAsync(year, sequence);
        if (!await GrainFactory.GetGrain<IForumGrain>(target).ExistsAsync())
        {
            throw CollaborationException.Invalid("targetForumId", $"Forum '{target}' does not exist.");
        }

        var received = await GrainFactory.GetGrain<IForumCaseLinks>(target).ReceiveForwardedAsync(original.From, forwarding.MeetingId);
        await SendReferralsAsync(target, received.Number!);
        return received;
    }

    // Each forum referred into, now or before, learns what the case refers to there now: setting
    // it again changes nothing, so repeating the request repairs a forum that was not reached.
    private async Task SendReferralsAsync(string forumId, CaseNumber number)
    {
        var referrals = await GrainFactory.GetGrain<IForumCaseLinks>(forumId).ReferralsOfAsync(number.Year, number.Sequence);
        await Task.WhenAll(referrals.Forums.Select(f =>
            GrainFactory.GetGrain<IForumCaseLinks>(f.ForumId).SetReferralsAsync(referrals.From, f.Cases)));
    }
}
