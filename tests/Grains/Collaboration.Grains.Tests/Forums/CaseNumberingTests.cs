using Collaboration.Forums;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class CaseNumberingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Concurrent_agenda_items_get_distinct_gapless_numbers()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var meeting = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));

        var items = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => forum.AddAgendaItemAsync(meeting.Id, Seed.Item($"Sak {i}"))));

        var sequences = items.Select(i => i.Number!.Sequence).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 100), sequences);
        Assert.All(items, i => Assert.Equal(2022, i.Number!.Year));
        Assert.Equal(100, (await forum.ListCasesAsync(2022)).Count);
    }

    [Fact]
    public async Task Numbering_continues_after_an_imported_number_and_restarts_each_year()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var june = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));
        var january = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2023, 1, 12)));

        var imported = await forum.AddAgendaItemAsync(june.Id, Seed.Item("Referat") with { ImportedNumber = new CaseNumber("KF", 22, 2022) });
        var next = await forum.AddAgendaItemAsync(june.Id, Seed.Item("Økonomi"));
        var firstOf2023 = await forum.AddAgendaItemAsync(january.Id, Seed.Item("Nytt år"));

        Assert.Equal("KF 22/22", imported.Number!.ToString());
        Assert.Equal("KF 23/22", next.Number!.ToString());
        Assert.Equal("KF 1/23", firstOf2023.Number!.ToString());
    }

    [Fact]
    public async Task An_imported_number_that_exists_is_refused_and_changes_nothing()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var meeting = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));
        await forum.AddAgendaItemAsync(meeting.Id, Seed.Item("Første"));

        var error = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.AddAgendaItemAsync(meeting.Id, Seed.Item("Duplikat") with { ImportedNumber = new CaseNumber("KF", 1, 2022) }));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        var cases = await forum.ListCasesAsync(null);
        Assert.Equal("Første", Assert.Single(cases).Title);
    }

    [Fact]
    public async Task The_case_prefix_cannot_change_once_cases_are_numbered()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        var meeting = await forum.CreateMeetingAsync(Seed.Meeting(new DateOnly(2022, 6, 3)));
        await forum.AddAgendaItemAsync(meeting.Id, Seed.Item("Sak"));

        var error = await Assert.ThrowsAsync<CollaborationException>(() =>
            forum.PutAsync(new ForumProfile("Testforum", ForumKind.Directors, null, "XY", null)));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal("KF", (await forum.GetAsync()).Profile.CasePrefix);
    }
}
