using Collaboration.Forums;
using Collaboration.Portfolio;

namespace Collaboration.Grains.Tests.Forums;

[Collection(ClusterCollection.Name)]
public sealed class FollowUpOwnerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_follow_up_owned_by_a_municipality_carries_its_name_and_is_among_its_deadlines()
    {
        await Seed.MunicipalityAsync(fixture.Grains, "5032", "Selbu");
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        await forum.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        await forum.AddAgendaItemAsync("2022-06-03", Seed.Item("Jordvern"));
        var due = DateTimeOffset.UtcNow.AddDays(12);

        var owned = await forum.AddFollowUpAsync(2022, 1, new FollowUpDraft("Melde tilbake", null, due) { Owner = FollowUpOwner.Body("5032") });
        var person = await forum.AddFollowUpAsync(2022, 1, new FollowUpDraft("Sende veileder", null, due) { Owner = FollowUpOwner.Person("Esther Balvers") });

        Assert.Equal(new FollowUpOwner("Selbu", "5032"), owned.Owner);
        Assert.Equal(new FollowUpOwner("Esther Balvers", null), person.Owner);
        var deadlines = await fixture.Grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key).DeadlinesAsync(DateTimeOffset.UtcNow, due.AddDays(1), "5032");
        var mine = Assert.Single(deadlines, d => d.ForumId == forum.GetPrimaryKeyString());
        Assert.Equal(("Melde tilbake", "5032"), (mine.Title, mine.MunicipalityId));
    }

    [Fact]
    public async Task A_follow_up_owned_by_a_body_that_is_not_registered_is_refused_naming_the_owner()
    {
        var forum = await Seed.ForumAsync(fixture.Grains, Seed.NewForumId());
        await forum.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        await forum.AddAgendaItemAsync("2022-06-03", Seed.Item("Jordvern"));

        var refused = await Assert.ThrowsAsync<CollaborationException>(() => forum.AddFollowUpAsync(2022, 1,
            new FollowUpDraft("Melde tilbake", null, DateTimeOffset.UtcNow.AddDays(3)) { Owner = FollowUpOwner.Body("998877660") }));
        var inItem = await Assert.ThrowsAsync<CollaborationException>(() => forum.AddAgendaItemAsync("2022-06-03", Seed.Item("Ny",
            new FollowUpDraft("Gjøre", null, DateTimeOffset.UtcNow.AddDays(3)), new FollowUpDraft("Gjøre", null, DateTimeOffset.UtcNow.AddDays(3)) { Owner = FollowUpOwner.Body("5099") })));

        Assert.Equal((ErrorKind.Invalid, "owner"), (refused.Kind, refused.Field));
        Assert.Equal((ErrorKind.Invalid, "followUps[1].owner"), (inItem.Kind, inItem.Field));
        Assert.Empty(await forum.ListFollowUpsAsync(null));
        Assert.Single(await forum.ListCasesAsync(null));
    }
}
