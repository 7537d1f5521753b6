using Collaboration.Forums;
using Collaboration.Journal;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Collaboration.Grains.Tests.Forums;

/// <summary>A forum stored as one row with all its meetings, as before pages, moves its meetings into rows of their own when it activates.</summary>
[Collection(ClusterCollection.Name)]
public sealed class EarlierForumTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_forum_stored_whole_loads_and_moves_each_meeting_with_its_follow_ups_into_a_row_of_its_own()
    {
        var id = Seed.NewForumId("earlier");
        var forum = fixture.Grains.GetGrain<IForumGrain>(id);
        var earlier = Earlier();
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        await storage.WriteStateAsync(CoreKinds.ForumState, forum.GetGrainId(), new GrainState<EarlierForumState>(earlier));

        var meetings = await forum.ListMeetingsAsync();
        Assert.Equal(["2021-03-01", "2021-06-01", "2022-02-01"], meetings.Select(m => m.Id));
        Assert.Equal(["Budsjett", "Plan", "Jordvern"], meetings.SelectMany(m => m.AgendaItems).Select(i => i.Title));
        var done = Assert.Single(await forum.ListFollowUpsAsync(FollowUpStatus.Done));
        Assert.Equal(("Lag notat", "KF 2/21"), (done.What, done.Case.ToString()));
        Assert.Equal(1, (await forum.GetCaseAsync(2021, 2)).Version);

        var stored = new StoredForum(fixture, id);
        var row = await stored.RowAsync();
        Assert.Empty(row.Meetings);
        Assert.Empty(row.FollowUps);
        Assert.Equal(3, row.MeetingCount);
        Assert.Empty(row.Pending);
        var second = await stored.PageRowAsync(1);
        Assert.Equal("2021-06-01", second?.Meeting?.Id);
        Assert.Equal("Lag notat", Assert.Single(second!.FollowUps).Content.What);
        var moved = (await fixture.Grains.GetGrain<IJournalGrain>(0).ReadObjectAsync(CoreKinds.ForumState, id, null, 1))[0];
        Assert.Equal(("system", "meetings stored a row each", "[]", 2), (moved.Subject, moved.Operation, moved.Changes, moved.Version));

        // Numbering goes on from where the earlier forum left it, and the forum reads back whole.
        var added = await forum.AddAgendaItemAsync("2022-02-01", Seed.Item("Ny sak"));
        Assert.Equal("KF 2/22", added.Number!.ToString());
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(["Budsjett", "Plan", "Jordvern", "Ny sak"], (await forum.ListCasesAsync(null)).Select(c => c.Title));
        Assert.Equal("Lag notat", Assert.Single(await forum.ListFollowUpsAsync(null)).What);
    }

    // Three meetings over two years, a follow-up done on the second's case.
    private static EarlierForumState Earlier()
    {
        AgendaItemRecord Case(int sequence, int year, string title, params int[] followUps) =>
            new() { Number = new CaseNumber("KF", sequence, year), Content = Seed.Item(title) with { Notes = $"Notater om {title}" }, FollowUpIds = [.. followUps], Version = 1 };
        MeetingRecord Meeting(DateOnly date, AgendaItemRecord item) =>
            new() { Id = date.ToString("yyyy-MM-dd", null), Details = Seed.Meeting(date) with { Status = MeetingStatus.Held }, Items = [item], Version = 1 };
        return new EarlierForumState
        {
            Profile = new ForumProfile("Kommunedirektørforum", ForumKind.Directors, null, "KF", null),
            Meetings =
            [
                Meeting(new DateOnly(2021, 3, 1), Case(1, 2021, "Budsjett")),
                Meeting(new DateOnly(2021, 6, 1), Case(2, 2021, "Plan", 1)),
                Meeting(new DateOnly(2022, 2, 1), Case(1, 2022, "Jordvern")),
            ],
            NextSequence = new() { [2021] = 3, [2022] = 2 },
            FollowUps =
            [
                new FollowUpRecord
                {
                    Id = 1, Case = new CaseNumber("KF", 2, 2021), Content = new FollowUpDraft("Lag notat", null, new DateTimeOffset(2021, 9, 1, 0, 0, 0, TimeSpan.Zero)),
                    CompletedAt = new DateTimeOffset(2021, 8, 1, 0, 0, 0, TimeSpan.Zero), Version = 1,
                },
            ],
            NextFollowUpId = 2,
            ProfileVersion = 1,
        };
    }

    /// <summary>A forum's state as stored before meetings had rows of their own: every meeting and follow-up in it.</summary>
    public sealed class EarlierForumState
    {
        public ForumProfile? Profile { get; set; }

        public List<Member> Members { get; set; } = [];

        public List<MeetingRecord> Meetings { get; set; } = [];

        public Dictionary<int, int> NextSequence { get; set; } = [];

        public List<FollowUpRecord> FollowUps { get; set; } = [];

        public int NextFollowUpId { get; set; }

        public int Version { get; set; }

        public int ProfileVersion { get; set; }

        public List<AgendaItemRecord> Unscheduled { get; set; } = [];
    }
}
