namespace Collaboration.Hearings.Tests.Hearings;

/// <summary>One case through many bodies, in the grain: concurrent answers, the rules of sending and concluding.</summary>
[Collection(HearingsCollection.Name)]
public sealed class HearingGrainTests(HearingsCluster cluster)
{
    private static readonly string[] Ten = [.. HearingsCluster.Municipalities.Take(10)];

    [Fact]
    public async Task Ten_municipalities_answering_at_once_are_all_recorded_once()
    {
        var forum = await cluster.ForumWithCaseAsync(Ten);
        var hearing = await cluster.SendAsync(forum);
        var sent = await hearing.GetAsync();

        await Task.WhenAll(Ten.Select(id => hearing.AnswerAsync(id, null, HearingsCluster.Treated(Outcome.Adopted))));

        var answered = await hearing.GetAsync();
        Assert.Equal(Ten, answered.Bodies.Select(b => b.BodyId));
        Assert.All(answered.Bodies, b => Assert.Equal(BodyStatus.Decided, answered.StatusOf(b)));
        Assert.Equal(sent.Version + 10, answered.Version);
        Assert.Equal(new HearingSummary(10, 0, 0, 0, 0, 10), answered.Summary);
        Assert.Equal(RegionalOutcome.Adopted, answered.RegionalOutcome);
    }

    [Fact]
    public async Task By_default_the_members_on_the_day_sent_are_asked_and_the_title_is_the_cases()
    {
        var forum = await cluster.ForumWithCaseAsync("4601", "4602", "4603");

        var hearing = await (await cluster.SendAsync(forum)).GetAsync();

        Assert.Equal(["4601", "4602", "4603"], hearing.Bodies.Select(b => b.BodyId));
        Assert.Equal("Regional strategi", hearing.Title);
        Assert.Equal("RR", hearing.CaseNumber.Prefix);
        Assert.All(hearing.Bodies, b => Assert.Equal(BodyStatus.Pending, hearing.StatusOf(b)));
        Assert.Equal(HearingStatus.Open, hearing.Status);
    }

    [Fact]
    public async Task Bad_sendings_are_refused_naming_the_field_and_nothing_is_sent()
    {
        var forum = await cluster.ForumWithCaseAsync("4601", "4602");
        var year = DateTime.Today.Year;
        var grain = cluster.Grains.GetGrain<IHearingGrain>(HearingsPlugin.HearingId(forum, year, 1));
        NewHearing Sending(DateTimeOffset deadline, IReadOnlyList<string>? bodies = null, int sequence = 1, DateOnly? sent = null) =>
            new(forum, year, sequence, HearingKind.Hearing, null, deadline, sent, [], bodies, AdoptionRule.All);

        var refusals = new (Func<Task> Send, string Field)[]
        {
            (() => grain.SendAsync(Sending(DateTimeOffset.UtcNow.AddDays(10), ["4601", "4603"])), "bodies[1]"),
            (() => grain.SendAsync(Sending(DateTimeOffset.UtcNow.AddMinutes(-1))), "deadline"),
            (() => grain.SendAsync(Sending(new DateTimeOffset(2020, 3, 1, 12, 0, 0, TimeSpan.Zero), sent: new DateOnly(2020, 3, 2))), "deadline"),
            (() => cluster.Grains.GetGrain<IHearingGrain>(HearingsPlugin.HearingId(forum, year, 7)).SendAsync(Sending(DateTimeOffset.UtcNow.AddDays(10), sequence: 7)), "sequence"),
        };
        foreach (var (send, field) in refusals)
        {
            var refused = await Assert.ThrowsAsync<CollaborationException>(send);
            Assert.Equal(ErrorKind.Invalid, refused.Kind);
            Assert.Equal(field, refused.Field);
        }

        var notSent = await Assert.ThrowsAsync<CollaborationException>(grain.GetAsync);
        Assert.Equal(ErrorKind.NotFound, notSent.Kind);
    }

    [Fact]
    public async Task Sending_a_case_again_is_409_naming_sequence()
    {
        var forum = await cluster.ForumWithCaseAsync("4601");
        var hearing = await cluster.SendAsync(forum);
        var before = await hearing.GetAsync();

        var again = await Assert.ThrowsAsync<CollaborationException>(() => cluster.SendAsync(forum));

        Assert.Equal(ErrorKind.Conflict, again.Kind);
        Assert.Equal("sequence", again.Field);
        Assert.Equal(before.Version, (await hearing.GetAsync()).Version);
    }

    [Fact]
    public async Task Only_asked_bodies_answer_and_after_the_conclusion_nothing_changes()
    {
        var forum = await cluster.ForumWithCaseAsync("4601", "4602");
        var hearing = await cluster.SendAsync(forum, AdoptionRule.SimpleMajority);

        var stranger = await Assert.ThrowsAsync<CollaborationException>(() => hearing.AnswerAsync("4603", null, HearingsCluster.Treated(Outcome.Adopted)));
        Assert.Equal("bodyId", stranger.Field);

        var early = await Assert.ThrowsAsync<CollaborationException>(() => hearing.ConcludeAsync(Conclusion(forum)));
        Assert.Equal(ErrorKind.Conflict, early.Kind);
        Assert.Equal("deadline", early.Field);

        await hearing.AnswerAsync("4601", new Statement("Støtter forslaget.", null, new DateOnly(2022, 8, 1)), HearingsCluster.Treated(Outcome.Adopted));
        await hearing.AnswerAsync("4602", null, HearingsCluster.Treated(Outcome.Rejected));
        await hearing.AnswerAsync("4602", null, HearingsCluster.Treated(Outcome.AdoptedWithChanges)); // changed its mind before the conclusion
        var concluded = await hearing.ConcludeAsync(Conclusion(forum));
        Assert.Equal(HearingStatus.Concluded, concluded.Status);
        Assert.Equal(RegionalOutcome.Adopted, concluded.RegionalOutcome);
        Assert.Equal("RR", concluded.Conclusion!.CaseNumber!.Prefix);

        Func<Task>[] late =
        [
            () => hearing.AnswerAsync("4601", null, HearingsCluster.Treated(Outcome.Rejected)),
            () => hearing.ConcludeAsync(Conclusion(forum)),
            () => hearing.AddBodyAsync("4603"),
            () => hearing.RemoveBodyAsync("4602"),
        ];
        foreach (var change in late)
        {
            var refused = await Assert.ThrowsAsync<CollaborationException>(change);
            Assert.Equal(ErrorKind.Conflict, refused.Kind);
        }

        Assert.Equal(concluded.Version, (await hearing.GetAsync()).Version);
    }

    [Fact]
    public async Task A_body_that_answered_cannot_be_removed_and_one_not_a_member_cannot_be_added()
    {
        var forum = await cluster.ForumWithCaseAsync("4601", "4602");
        var hearing = await cluster.SendAsync(forum, bodies: ["4601"]);
        await hearing.AnswerAsync("4601", new Statement("Uttalelse", "https://example.org/u.pdf", new DateOnly(2022, 8, 1)), null);

        var answered = await Assert.ThrowsAsync<CollaborationException>(() => hearing.RemoveBodyAsync("4601"));
        Assert.Equal(ErrorKind.Conflict, answered.Kind);
        var outsider = await Assert.ThrowsAsync<CollaborationException>(() => hearing.AddBodyAsync("4609"));
        Assert.Equal("bodyId", outsider.Field);

        var added = await hearing.AddBodyAsync("4602");
        Assert.Equal(["4601", "4602"], added.Bodies.Select(b => b.BodyId));
        Assert.Equal(BodyStatus.Statement, added.StatusOf(added.Bodies[0]));
        Assert.Equal(["4601"], (await hearing.RemoveBodyAsync("4602")).Bodies.Select(b => b.BodyId));
    }

    private static NewConclusion Conclusion(string forum) =>
        new(DateOnly.FromDateTime(DateTime.Today), ["Strategien vedtas."], forum, DateTime.Today.Year, 1);
}
