using Collaboration.Forums;
using Collaboration.Portfolio;
using Collaboration.Projects;

namespace Collaboration.Grains.Tests.Portfolio;

/// <summary>The portfolio kept current by the projects and forums themselves, on the two-silo SQLite cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PortfolioGrainTests(ClusterFixture fixture)
{
    private IPortfolioGrain Portfolio => fixture.Grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key);

    // Every test names its projects with a word of its own, so the shared portfolio can be filtered to them.
    private static string Word() => $"w{Guid.NewGuid():N}"[..12];

    private static PortfolioFilter Titled(string word, int? year = null, params string[] themes) =>
        PortfolioFilter.All with { Text = word, Year = year, Themes = themes };

    private async Task<IProjectGrain> ProjectAsync(string word, string title, string[] themes, long budget, int year, params string[] participants)
    {
        var project = fixture.Grains.GetGrain<IProjectGrain>($"{word}-{Guid.NewGuid():N}"[..30]);
        await project.PutAsync(new ProjectProfile($"{title} {word}", null, themes, null, new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31),
            [new BudgetLine(year, budget)], []));
        foreach (var id in participants)
        {
            await Seed.MunicipalityAsync(fixture.Grains, id);
            await project.PutParticipantAsync(new Participant(id, id == participants[0] ? "lead" : "participant"));
        }

        return project;
    }

    [Fact]
    public async Task A_project_shows_with_its_participants_as_soon_as_it_is_stored_and_every_change_shows_at_once()
    {
        var word = Word();
        var project = await ProjectAsync(word, "Arealplan", ["areal"], 2_000_000, 2009, "5001", "5028");
        var key = PortfolioKey.Project(project.GetPrimaryKeyString());

        var row = Assert.Single((await Portfolio.QueryAsync(new PortfolioQuery(Titled(word), PortfolioSort.Title, false, 0, 10))).Rows);
        Assert.Equal(key, row.Key);
        Assert.Equal("idea", row.Status);
        Assert.Equal(2_000_000, row.Budget);
        Assert.Equal([("5001", PortfolioRole.Lead), ("5028", PortfolioRole.Participant)], row.Participants.Select(p => (p.MunicipalityId, p.Role)));

        await project.ChangeStatusAsync(ProjectStatus.Planned);
        await project.RemoveParticipantAsync("5028");
        var details = await Portfolio.GetAsync(key);
        Assert.Equal("planned", details.Row.Status);
        Assert.Equal(["5001"], details.Row.Participants.Select(p => p.MunicipalityId));
    }

    [Fact]
    public async Task Filters_combine_and_totals_add_up_over_all_that_match()
    {
        var word = Word();
        await ProjectAsync(word, "Klima A", ["klima"], 100_000, 2022, "5001");
        await ProjectAsync(word, "Klima og areal", ["klima", "areal"], 250_000, 2023, "5001", "5035");
        await ProjectAsync(word, "Areal", ["areal"], 400_000, 2022, "5035");

        var klima = await Portfolio.QueryAsync(new PortfolioQuery(Titled(word, null, "klima"), PortfolioSort.Budget, true, 0, 1));
        Assert.Equal(2, klima.Count);
        Assert.Equal(350_000, klima.Total.Budget);
        Assert.Equal(250_000, Assert.Single(klima.Rows).Budget); // the page holds one row, the totals all that match

        // Each runs from its start year to the next: "Klima og areal" 2023–2024, "Areal" 2022–2023.
        var in2023 = await Portfolio.QueryAsync(new PortfolioQuery(Titled(word, 2023) with { Municipalities = ["5035"] }, PortfolioSort.Title, false, 0, 10));
        Assert.Equal([$"Areal {word}", $"Klima og areal {word}"], in2023.Rows.Select(r => r.Title));
        Assert.Equal(2, in2023.ByMunicipality.Single(t => t.Key == "5035").Count);
        Assert.Equal(["areal", "klima"], in2023.ByTheme.Select(t => t.Key).Order());
        Assert.Empty((await Portfolio.QueryAsync(new PortfolioQuery(Titled(word, 2021), PortfolioSort.Title, false, 0, 10))).Rows);
    }

    [Fact]
    public async Task A_forum_case_about_a_project_becomes_its_last_decision_and_its_follow_up_a_deadline()
    {
        var word = Word();
        var project = await ProjectAsync(word, "Talent", ["kompetanse"], 300_000, 2022, "5001");
        var forumId = Seed.NewForumId();
        var forum = await Seed.ForumAsync(fixture.Grains, forumId);
        await forum.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var due = DateTimeOffset.UtcNow.AddDays(10);
        await forum.AddAgendaItemAsync("2022-06-03", Seed.Item("Talent Attraction Management") with
        {
            Decision = ["Forumet stiller seg bak anbefalingene."],
            Projects = [project.GetPrimaryKeyString()],
            FollowUps = [new FollowUpDraft("Finansiering på plass", "Daglig leder", due)],
        });

        var details = await Portfolio.GetAsync(PortfolioKey.Project(project.GetPrimaryKeyString()));
        var decision = Assert.Single(details.Decisions);
        Assert.Equal("KF 1/22", decision.Case.ToString());
        Assert.Equal(["Forumet stiller seg bak anbefalingene."], decision.Points);
        Assert.Equal("KF 1/22", details.Row.LastDecision?.ToString());
        Assert.Equal(due, details.Row.NextDeadline?.Due);

        var soon = await Portfolio.DeadlinesAsync(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(30), "5001");
        Assert.Contains(soon, d => d.Kind == PortfolioDeadlineKind.FollowUpDue && d.ForumId == forumId && d.Title == "Finansiering på plass");

        await forum.SetFollowUpDoneAsync(1, true);
        Assert.DoesNotContain(await Portfolio.DeadlinesAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, null), d => d.ForumId == forumId);
    }

    [Fact]
    public async Task A_forum_follow_up_concerns_the_bodies_that_are_members_on_the_day_it_falls_due()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        await Seed.MunicipalityAsync(fixture.Grains, "5035", "Stjørdal");
        await Seed.MunicipalityAsync(fixture.Grains, "5036", "Frosta");
        var forumId = Seed.NewForumId("inforce");
        var forum = await Seed.ForumAsync(fixture.Grains, forumId);
        await forum.AddMemberAsync(new Member("5035", MembershipRole.Member, today.AddYears(-1), today.AddDays(5)));
        await forum.AddMemberAsync(new Member("5036", MembershipRole.Observer, today.AddDays(6), null));
        await forum.PutMeetingAsync("2022-06-03", Seed.Meeting(new DateOnly(2022, 6, 3)));
        var early = DateTimeOffset.Now.AddDays(3);
        var late = DateTimeOffset.Now.AddDays(10);
        await forum.AddAgendaItemAsync("2022-06-03", Seed.Item("Samferdsel") with
        {
            FollowUps = [new FollowUpDraft("Innspill til NTP", null, early), new FollowUpDraft("Høringssvar", null, late)],
        });

        async Task<string[]> DueFor(string municipality) =>
            [.. (await Portfolio.DeadlinesAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, municipality))
                .Where(d => d.ForumId == forumId).Select(d => d.Title)];

        Assert.Equal(["Innspill til NTP"], await DueFor("5035"));
        Assert.Equal(["Høringssvar"], await DueFor("5036"));

        await forum.UpdateMemberAsync("5035", null, new Member("5035", MembershipRole.Member, today.AddYears(-1), null));
        Assert.Equal(["Innspill til NTP", "Høringssvar"], await DueFor("5035"));
    }

    [Fact]
    public async Task The_participation_matrix_lists_each_municipality_of_the_matching_entries_once()
    {
        var word = Word();
        await ProjectAsync(word, "B", ["plan"], 1, 2020, "5029", "5001");
        await ProjectAsync(word, "A", ["plan"], 1, 2020, "5001");

        var matrix = await Portfolio.ParticipationAsync(Titled(word));

        Assert.Equal(["5001", "5029"], matrix.Municipalities);
        Assert.Equal([$"A {word}", $"B {word}"], matrix.Rows.Select(r => r.Title));
        Assert.Equal(PortfolioRole.Lead, matrix.Rows[1].Roles["5029"]);
        Assert.False(matrix.Rows[0].Roles.ContainsKey("5029"));
    }
}
