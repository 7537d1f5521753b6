using Collaboration.Projects;

namespace Collaboration.Grains.Tests.Projects;

[Collection(ClusterCollection.Name)]
public sealed class ProjectLifecycleTests(ClusterFixture fixture)
{
    private static ProjectProfile Profile(string title = "Interkommunal arealplan") =>
        new(title, null, ["areal"], null, new DateOnly(2009, 1, 1), new DateOnly(2011, 6, 30), [new BudgetLine(2009, 2_000_000)], []);

    private IProjectGrain NewProject() => fixture.Grains.GetGrain<IProjectGrain>($"project-{Guid.NewGuid():N}");

    [Fact]
    public async Task A_project_moves_from_idea_to_completed_step_by_step()
    {
        var project = NewProject();
        Assert.Equal(ProjectStatus.Idea, (await project.PutAsync(Profile())).Status);

        foreach (var status in new[] { ProjectStatus.Planned, ProjectStatus.Active, ProjectStatus.Completed })
        {
            Assert.Equal(status, (await project.ChangeStatusAsync(status)).Status);
        }
    }

    [Theory]
    [InlineData(ProjectStatus.Active)]
    [InlineData(ProjectStatus.Completed)]
    [InlineData(ProjectStatus.Idea)]
    public async Task Skipping_a_step_is_refused_and_changes_nothing(ProjectStatus target)
    {
        var project = NewProject();
        await project.PutAsync(Profile());

        var error = await Assert.ThrowsAsync<CollaborationException>(() => project.ChangeStatusAsync(target));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Equal(ProjectStatus.Idea, (await project.GetAsync()).Status);
    }

    [Fact]
    public async Task A_cancelled_or_completed_project_stays_so()
    {
        var project = NewProject();
        await project.PutAsync(Profile());
        await project.ChangeStatusAsync(ProjectStatus.Cancelled);

        await Assert.ThrowsAsync<CollaborationException>(() => project.ChangeStatusAsync(ProjectStatus.Planned));
        Assert.Equal(ProjectStatus.Cancelled, (await project.GetAsync()).Status);
    }

    [Fact]
    public async Task Replacing_the_profile_keeps_status_and_participants()
    {
        await Seed.MunicipalityAsync(fixture.Grains, "5035", "Stjørdal");
        var project = NewProject();
        await project.PutAsync(Profile());
        await project.PutParticipantAsync(new Participant("5035", "participant"));
        await project.ChangeStatusAsync(ProjectStatus.Planned);

        var updated = await project.PutAsync(Profile("IKAP"));

        Assert.Equal("IKAP", updated.Profile.Title);
        Assert.Equal(ProjectStatus.Planned, updated.Status);
        Assert.Equal("5035", Assert.Single(updated.Participants).MunicipalityId);
    }

    [Fact]
    public async Task Invalid_profiles_are_refused()
    {
        var project = NewProject();
        var backwards = Profile() with { Start = new DateOnly(2012, 1, 1) };
        var negative = Profile() with { Budget = [new BudgetLine(2009, -1)] };
        var unknownForum = Profile() with { OwnerForumId = "nowhere" };

        foreach (var profile in new[] { backwards, negative, unknownForum })
        {
            var error = await Assert.ThrowsAsync<CollaborationException>(() => project.PutAsync(profile));
            Assert.Equal(ErrorKind.Invalid, error.Kind);
        }

        await Assert.ThrowsAsync<CollaborationException>(() => project.GetAsync());
    }
}
