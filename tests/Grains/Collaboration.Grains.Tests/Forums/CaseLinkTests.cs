using Collaboration.Forums;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class CaseLinkTests(ClusterFixture fixture)
{
    private ICaseLinksGrain Links => fixture.Grains.GetGrain<ICaseLinksGrain>(0);

    [Fact]
    public async Task A_reference_resolves_to_the_case_or_is_kept_as_not_registered_and_the_case_lists_who_refers_to_it()
    {
        var (council, prefix) = await ForumAsync();
        await council.PutMeetingAsync("2021-12-09", Seed.Meeting(new DateOnly(2021, 12, 9)));
        await council.AddAgendaItemAsync("2021-12-09", Seed.Item("Økonomisk stilling") with { ImportedNumber = new CaseNumber(prefix, 49, 2021) });
        var (directors, _) = await ForumAsync();
        await directors.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));

        var item = await Links.AddAgendaItemAsync(directors.GetPrimaryKeyString(), "2022-06-03", Seed.Item("Oppfølging") with
        {
            References = [CaseReference.Of(new CaseNumber(prefix, 49, 2021)), new CaseReference(council.GetPrimaryKeyString(), null, 50, 2021)],
        });

        var found = item.References[0];
        Assert.True(found.Registered);
        Assert.Equal((council.GetPrimaryKeyString(), "Økonomisk stilling", CaseRelation.Refers), (found.Case.ForumId, found.Title, found.Case.Relation));
        var missing = item.References[1];
        Assert.False(missing.Registered);
        Assert.Equal($"{prefix} 50/21", missing.Case.ToString());

        var target = await council.GetCaseAsync(2021, 49);
        var referrer = Assert.Single(target.ReferredBy);
        Assert.Equal((directors.GetPrimaryKeyString(), item.Number!.Sequence, "Oppfølging"), (referrer.Case.ForumId, referrer.Case.Sequence, referrer.Title));

        // Removing the reference removes the backlink, and the target's version tells that it changed.
        await Links.UpdateCaseAsync(directors.GetPrimaryKeyString(), 2022, item.Number.Sequence, Seed.Item("Oppfølging"));
        var after = await council.GetCaseAsync(2021, 49);
        Assert.Empty(after.ReferredBy);
        Assert.True(after.Version > target.Version);

        // Recording the same again changes nothing.
        await Links.UpdateCaseAsync(directors.GetPrimaryKeyString(), 2022, item.Number.Sequence, Seed.Item("Oppfølging"));
        Assert.Equal(after.Version, (await council.GetCaseAsync(2021, 49)).Version);
    }

    [Fact]
    public async Task A_reference_to_a_later_case_is_refused_naming_the_field_and_changes_nothing()
    {
        var (council, prefix) = await ForumAsync();
        await council.PutMeetingAsync("2022-09-15", Seed.Meeting(new DateOnly(2022, 9, 15)));
        await council.AddAgendaItemAsync("2022-09-15", Seed.Item("Medlemsavgifter"));
        var (directors, _) = await ForumAsync();
        await directors.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var id = directors.GetPrimaryKeyString();

        var laterYear = await Assert.ThrowsAsync<CollaborationException>(() => Links.AddAgendaItemAsync(id, "2022-06-03",
            Seed.Item("Fram i tid") with { References = [CaseReference.Of(new CaseNumber(prefix, 3, 2023))] }));
        var laterDate = await Assert.ThrowsAsync<CollaborationException>(() => Links.AddAgendaItemAsync(id, "2022-06-03",
            Seed.Item("Fram i tid") with { References = [CaseReference.Of(new CaseNumber("KF", 1, 2021)), new CaseReference(council.GetPrimaryKeyString(), null, 1, 2022)] }));

        Assert.Equal((ErrorKind.Invalid, "references[0]"), (laterYear.Kind, laterYear.Field));
        Assert.Equal((ErrorKind.Invalid, "links[0]"), (laterDate.Kind, laterDate.Field));
        Assert.Empty(await directors.ListCasesAsync(null));
        Assert.Empty((await council.GetCaseAsync(2022, 1)).ReferredBy);
        Assert.Equal(1, (await directors.AddAgendaItemAsync("2022-06-03", Seed.Item("Første"))).Number!.Sequence);
    }

    [Fact]
    public async Task A_forwarded_case_goes_to_the_next_meeting_and_the_two_are_linked_both_ways_once()
    {
        var (directors, _) = await ForumAsync();
        await directors.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var original = await directors.AddAgendaItemAsync("2022-06-03", Seed.Item("Verdiskapingsstrategien"));
        var (council, prefix) = await ForumAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await council.PutMeetingAsync("past", Seed.Meeting(today.AddDays(-3)));
        await council.PutMeetingAsync("later", Seed.Meeting(today.AddDays(40)));
        await council.PutMeetingAsync("next", Seed.Meeting(today.AddDays(10)));

        var forwarding = new CaseForwarding(council.GetPrimaryKeyString(), null);
        var received = await Links.ForwardCaseAsync(directors.GetPrimaryKeyString(), 2022, original.Number!.Sequence, forwarding);
        var again = await Links.ForwardCaseAsync(directors.GetPrimaryKeyString(), 2022, original.Number.Sequence, forwarding);

        Assert.Equal(("next", prefix, "Verdiskapingsstrategien"), (received.MeetingId, received.Number!.Prefix, received.Title));
        var from = Assert.Single(received.References);
        Assert.Equal((directors.GetPrimaryKeyString(), original.Number.Sequence, CaseRelation.ForwardedFrom, true),
            (from.Case.ForumId, from.Case.Sequence, from.Case.Relation, from.Registered));
        var to = Assert.Single((await directors.GetCaseAsync(2022, original.Number.Sequence)).ReferredBy);
        Assert.Equal((council.GetPrimaryKeyString(), received.Number, CaseRelation.ForwardedTo), (to.Case.ForumId, new CaseNumber(to.Case.Prefix!, to.Case.Sequence, to.Case.Year), to.Case.Relation));
        Assert.Equal(received.Number, again.Number);
        Assert.Single(await council.ListCasesAsync(null));
    }

    [Fact]
    public async Task A_case_forwarded_to_a_forum_without_a_future_meeting_waits_unscheduled()
    {
        var (directors, _) = await ForumAsync();
        await directors.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var original = await directors.AddAgendaItemAsync("2022-06-03", Seed.Item("Medlemsavgifter"));
        var (council, _) = await ForumAsync();
        await council.PutMeetingAsync("2022-06-17", Seed.Meeting(new DateOnly(2022, 6, 17)));

        var received = await Links.ForwardCaseAsync(directors.GetPrimaryKeyString(), 2022, original.Number!.Sequence, new CaseForwarding(council.GetPrimaryKeyString(), null));

        Assert.Null(received.MeetingId);
        Assert.Equal(DateTime.UtcNow.Year, received.Number!.Year);
        var read = await council.GetCaseAsync(received.Number.Year, received.Number.Sequence);
        Assert.Equal(CaseRelation.ForwardedFrom, Assert.Single(read.References).Case.Relation);
        Assert.Empty((await council.GetMeetingAsync("2022-06-17")).AgendaItems);
    }

    [Fact]
    public async Task Forwarding_to_the_same_forum_or_an_unknown_one_is_refused_and_changes_nothing()
    {
        var (directors, _) = await ForumAsync();
        await directors.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var original = await directors.AddAgendaItemAsync("2022-06-03", Seed.Item("Sak"));
        var id = directors.GetPrimaryKeyString();

        var self = await Assert.ThrowsAsync<CollaborationException>(() => Links.ForwardCaseAsync(id, 2022, 1, new CaseForwarding(id, null)));
        var unknown = await Assert.ThrowsAsync<CollaborationException>(() => Links.ForwardCaseAsync(id, 2022, 1, new CaseForwarding(Seed.NewForumId(), null)));

        Assert.Equal((ErrorKind.Invalid, "targetForumId"), (self.Kind, self.Field));
        Assert.Equal((ErrorKind.Invalid, "targetForumId"), (unknown.Kind, unknown.Field));
        var read = await directors.GetCaseAsync(2022, 1);
        Assert.Empty(read.ReferredBy);
        Assert.Equal(original.Version, read.Version);
        Assert.Single(await directors.ListCasesAsync(null));
    }

    // Prefixes are shared by every test on the cluster, so each forum gets one of its own.
    private async Task<(IForumGrain Forum, string Prefix)> ForumAsync()
    {
        var prefix = new string([.. Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('A' + (b % 26)))]);
        return (await Seed.ForumAsync(fixture.Grains, Seed.NewForumId(), prefix), prefix);
    }
}
