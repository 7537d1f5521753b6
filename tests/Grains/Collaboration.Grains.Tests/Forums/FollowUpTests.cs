using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class FollowUpTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_follow_up_turns_overdue_when_its_deadline_passes()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var meeting = await forum.CreateMeetingAsync(Seed.Meeting(DateOnly.FromDateTime(DateTime.UtcNow)));
        var deadline = DateTimeOffset.UtcNow.AddSeconds(6);
        var item = await forum.AddAgendaItemAsync(meeting.Id, Seed.Item("Jordvern", new FollowUpDraft("Meld tilbake", "Esther Balvers", deadline)));
        Assert.Equal(FollowUpStatus.Open, Assert.Single(item.FollowUps).Status);

        var overdue = await Eventually.ValueAsync(
            async () => await forum.ListFollowUpsAsync(FollowUpStatus.Overdue),
            list => list.Count == 1,
            TimeSpan.FromSeconds(30));

        Assert.Equal("Meld tilbake", Assert.Single(overdue).What);
        Assert.Empty(await forum.ListFollowUpsAsync(FollowUpStatus.Open));
        var marked = (await fixture.Grains.GetGrain<IJournalGrain>(0).ReadObjectAsync("forum", forum.GetPrimaryKeyString(), null, 1))[0];
        Assert.Equal(("system", "deadline passed: follow-ups overdue"), (marked.Subject, marked.Operation));
        Assert.Contains("{\"op\":\"replace\",\"path\":\"/followUps/0/status\",\"value\":\"overdue\"}", marked.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_with_a_past_deadline_is_overdue_at_once_and_done_when_marked()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var meeting = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));
        var item = await forum.AddAgendaItemAsync(meeting.Id, Seed.Item("KF 27/22",
            new FollowUpDraft("Meld tilbake", null, new DateTimeOffset(2022, 6, 15, 23, 59, 59, TimeSpan.FromHours(2)))));
        var id = Assert.Single(item.FollowUps).Id;
        Assert.Equal(FollowUpStatus.Overdue, item.FollowUps[0].Status);

        var done = await forum.SetFollowUpDoneAsync(id, done: true);
        Assert.Equal(FollowUpStatus.Done, done.Status);
        Assert.NotNull(done.CompletedAt);

        var reopened = await forum.SetFollowUpDoneAsync(id, done: false);
        Assert.Equal(FollowUpStatus.Overdue, reopened.Status);
    }

    [Fact]
    public async Task A_new_meeting_carries_open_and_overdue_follow_ups_as_a_standing_item()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var june = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));
        await forum.AddAgendaItemAsync(june.Id, Seed.Item("Gammel", new FollowUpDraft("Forfalt", null, DateTimeOffset.UtcNow.AddDays(-1))));
        await forum.AddAgendaItemAsync(june.Id, Seed.Item("Åpen", new FollowUpDraft("Åpen oppgave", null, DateTimeOffset.UtcNow.AddDays(30))));
        var done = await forum.AddAgendaItemAsync(june.Id, Seed.Item("Ferdig", new FollowUpDraft("Ferdig oppgave", null, DateTimeOffset.UtcNow.AddDays(30))));
        await forum.SetFollowUpDoneAsync(done.FollowUps[0].Id, done: true);

        var september = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 9, 1)));

        var standing = Assert.Single(september.AgendaItems);
        Assert.True(standing.Standing);
        Assert.Null(standing.Number);
        Assert.Equal(["Forfalt", "Åpen oppgave"], standing.FollowUps.Select(f => f.What).Order(StringComparer.Ordinal));
    }
}
