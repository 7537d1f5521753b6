using System.Text.Json.Nodes;
using Collaboration.Forums;
using Collaboration.Journal;

namespace Collaboration.Grains.Tests.Forums;

/// <summary>
/// A forum stores each meeting in a row of its own: a change writes the forum's small row with the
/// meetings it touched, however many years of meetings the forum has, while its journal records
/// stay those of the forum as one object.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ForumPagesTests(ClusterFixture fixture)
{
    private const string Notes = "Direktørene drøftet saken og ba sekretariatet komme tilbake med et notat om konsekvensene for kommunene.";

    private ICaseLinksGrain Links => fixture.Grains.GetGrain<ICaseLinksGrain>(0);

    [Fact]
    public async Task A_change_to_a_forum_with_years_of_meetings_stores_a_row_the_size_of_a_new_forums()
    {
        var coming = new DateOnly(DateTime.UtcNow.Year + 1, 3, 1);
        var young = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("young"));
        var old = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("old"));
        await HoldMeetingsAsync(old, 2015, 3);
        await HoldMeetingsAsync(young, coming.Year, 0);
        await SameChangesAsync(old, young, coming);
        var (oldRow, youngRow) = (await Stored(old).RowBytesAsync(), await Stored(young).RowBytesAsync());

        await HoldMeetingsAsync(old, 2018, 3);
        await SameChangesAsync(old, young, coming.AddDays(7));
        var (olderRow, youngerRow) = (await Stored(old).RowBytesAsync(), await Stored(young).RowBytesAsync());

        // The forums differ in their count of years numbered and in the digits of ids and versions only.
        Assert.True(oldRow <= youngRow + 600, $"Old forum's row {oldRow} bytes, new forum's {youngRow}.");
        Assert.True(olderRow - oldRow <= youngerRow - youngRow + 100, $"Three years more of meetings: the old forum's row {oldRow} → {olderRow} bytes, the new one's {youngRow} → {youngerRow}.");
        var pages = await Stored(old).PageBytesAsync((await old.ListMeetingsAsync()).Count);
        Assert.True(pages > 10 * olderRow, $"Meetings in their own rows: {pages} bytes, the forum's row {olderRow}.");
    }

    [Fact]
    public async Task The_journal_of_a_forum_stored_in_pages_replays_to_the_forum_its_rows_make()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var id = forum.GetPrimaryKeyString();
        await HoldMeetingsAsync(forum, 2020, 1);
        await Seed.MunicipalityAsync(fixture.Grains, "5028");
        await forum.AddMemberAsync(new Member("5028", MembershipRole.Member, new DateOnly(2020, 1, 1), null));
        await Reactivate();

        // Changes to an old meeting, to the newest and back, a follow-up done and one added, with the activation dropped between.
        await forum.UpdateCaseAsync(2020, 2, Seed.Item("Endret tittel") with { Notes = "Nye notater" });
        var next = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2021, 2, 1)));
        await forum.AddAgendaItemAsync(next.Id, Seed.Item("Ny sak", new FollowUpDraft("Gjør noe", null, DateTimeOffset.UtcNow.AddDays(10))));
        await Reactivate();
        await forum.SetFollowUpDoneAsync(1, done: false);
        await forum.AddFollowUpAsync(2020, 5, new FollowUpDraft("Gjør mer", "Sekretariatet", DateTimeOffset.UtcNow.AddDays(20)));
        var original = await forum.AddAgendaItemAsync(next.Id, Seed.Item("Videresendes"));
        var council = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("council"), "TR");
        var unscheduled = await Links.ForwardCaseAsync(id, 2021, original.Number!.Sequence, new CaseForwarding(council.GetPrimaryKeyString(), null));
        await council.AddFollowUpAsync(unscheduled.Number!.Year, unscheduled.Number.Sequence, new FollowUpDraft("Behandle", null, DateTimeOffset.UtcNow.AddDays(5)));
        await forum.PutMeetingAsync("2020-01-15", Seed.Meeting(new DateOnly(2020, 1, 16)));

        foreach (var changed in new[] { forum, council })
        {
            var replayed = await ReplayAsync(changed.GetPrimaryKeyString());
            var stored = await Stored(changed).FormAsync();
            Assert.True(JsonNode.DeepEquals(stored, replayed), $"Stored:\n{stored.ToJsonString()}\nReplayed:\n{replayed.ToJsonString()}");
        }

        var followUps = await forum.ListFollowUpsAsync(null);
        Assert.Equal([1, 11, 12], followUps.Where(f => f.Status != FollowUpStatus.Done).Select(f => f.Id).Order());
        Assert.Equal("Behandle", Assert.Single((await Stored(council).RowAsync()).FollowUps).Content.What);
    }

    // Every record of the forum applied in turn to the form of a forum never stored, each of its
    // tests checked first: a record applies to the form it was made from, and to no other.
    private async Task<JsonNode> ReplayAsync(string forumId)
    {
        var records = await fixture.Grains.GetGrain<IJournalGrain>(0).ReadObjectAsync(CoreKinds.ForumState, forumId, null, 1000);
        var form = StoredForum.EmptyForm();
        foreach (var record in records.Reverse())
        {
            foreach (var test in JsonNode.Parse(record.Changes)!.AsArray().Where(op => (string?)op!["op"] == "test"))
            {
                var path = (string)test!["path"]!;
                var found = path[1..].Split('/').Aggregate((JsonNode?)form, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node?[token]);
                Assert.True(JsonNode.DeepEquals(test["value"], found), $"Version {record.Version} ({record.Operation}) tests {path} for {test["value"]?.ToJsonString()}, the form holds {found?.ToJsonString()}.");
            }

            form = StatePatch.Apply(form, record.Changes);
        }

        return form;
    }

    // Meetings of the years from `first`, ten a year with five cases each, every fifth case with a follow-up since done.
    private static async Task HoldMeetingsAsync(IForumGrain forum, int first, int years)
    {
        for (var year = first; year < first + years; year++)
        {
            for (var month = 1; month <= 10; month++)
            {
                var meeting = await forum.PutMeetingAsync(new DateOnly(year, month, 15).ToString("yyyy-MM-dd", null), Seed.Meeting(new DateOnly(year, month, 15)));
                for (var c = 0; c < 5; c++)
                {
                    FollowUpDraft[] followUps = c == 0 ? [new FollowUpDraft("Lag notat", null, new DateTimeOffset(year, 12, 31, 12, 0, 0, TimeSpan.Zero))] : [];
                    var item = await forum.AddAgendaItemAsync(meeting.Id, Seed.Item($"Sak {c} i {meeting.Id}", followUps) with { Notes = Notes });
                    foreach (var followUp in item.FollowUps)
                    {
                        await forum.SetFollowUpDoneAsync(followUp.Id, done: true);
                    }
                }
            }
        }
    }

    // The same new meeting with the same cases, in both forums, and a member's change.
    private static async Task SameChangesAsync(IForumGrain old, IForumGrain young, DateOnly day)
    {
        foreach (var forum in new[] { old, young })
        {
            var meeting = await forum.CreateMeetingAsync(Seed.Meeting(day));
            for (var c = 0; c < 5; c++)
            {
                await forum.AddAgendaItemAsync(meeting.Id, Seed.Item($"Ny sak {c}", new FollowUpDraft("Følg opp", null, DateTimeOffset.UtcNow.AddDays(30))) with { Notes = Notes });
            }

            await forum.PutAsync(new ForumProfile("Testforum", ForumKind.Directors, null, "KF", $"Endret {day}"));
        }
    }

    private StoredForum Stored(IForumGrain forum) => new(fixture, forum.GetPrimaryKeyString());

    private Task Reactivate() => fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
}
