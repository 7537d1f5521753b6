using Collaboration.Forums;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class MeetingStatusTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_meeting_without_a_status_is_planned_when_it_lies_ahead_and_held_otherwise()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("status"));
        var ahead = DateOnly.FromDateTime(DateTime.Today).AddDays(30);

        var held = await forum.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var planned = await forum.CreateMeetingAsync(Seed.Meeting(ahead) with { Title = "Felles møte for formannskapene", LastDay = ahead.AddDays(1) });
        var cancelled = await forum.PutMeetingAsync("2022-09-01", Seed.Meeting(new DateOnly(2022, 9, 1)) with { Status = MeetingStatus.Cancelled });

        Assert.Equal(MeetingStatus.Held, held.Details.Status);
        Assert.Equal(MeetingStatus.Planned, planned.Details.Status);
        Assert.Equal(ahead.AddDays(1), (await forum.GetMeetingAsync(planned.Id)).Details.LastDay);
        Assert.Equal(MeetingStatus.Cancelled, cancelled.Details.Status);
    }

    [Fact]
    public async Task A_meeting_cannot_end_before_its_first_day()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId("status"));

        var error = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.PutMeetingAsync("2022-09-02", Seed.Meeting(new DateOnly(2022, 9, 2)) with { LastDay = new DateOnly(2022, 9, 1) }));

        Assert.Equal("lastDay", error.Field);
        Assert.Empty(await forum.ListMeetingsAsync());
    }
}
