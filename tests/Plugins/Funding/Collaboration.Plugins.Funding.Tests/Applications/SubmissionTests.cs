using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Tests.Applications;

/// <summary>A submission keeps its time and a copy of what was submitted, which nothing later changes.</summary>
[Collection(FundingCollection.Name)]
public sealed class SubmissionTests(FundingCluster funding)
{
    [Fact]
    public async Task The_submitted_copy_keeps_what_was_sent_when_the_application_moves_on()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 20_000);
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", new PartnerShare(60_000, 10_000, "Kartlegger"));
        await application.DeclineAsync("4603");
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 150_000), new BudgetLine("workshop", 2023, 40_000)], null);
        var sent = DateTimeOffset.UtcNow;

        var submitted = await application.SubmitAsync();
        var copy = await application.GetSubmissionAsync();

        Assert.NotNull(submitted.SubmittedAt);
        Assert.Equal(submitted.SubmittedAt, copy.SubmittedAt);
        Assert.True(copy.SubmittedAt >= sent, "the time of submission, from the silo's clock");
        Assert.Equal(submitted.Title, copy.Title);
        Assert.Equal(submitted.Partners, copy.Partners);
        Assert.Equal(submitted.Budget, copy.Budget);
        Assert.Equal(160_000, copy.RequestedTotal);

        await application.DecideAsync(new FundingDecision(true, 80_000, null));
        var later = await application.GetSubmissionAsync();

        Assert.Equal(ApplicationStatus.Granted, (await application.GetAsync()).Status);
        Assert.Equal(copy.SubmittedAt, later.SubmittedAt);
        Assert.Equal(copy.Partners, later.Partners);
        Assert.All(later.Partners, p => Assert.Null(p.Granted));
        Assert.Equal(copy.Budget, later.Budget);
    }

    [Fact]
    public async Task The_submitted_copy_is_read_back_from_storage_unchanged()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 0);
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        await application.SubmitAsync();
        var copy = await application.GetSubmissionAsync();

        // Every idle activation goes, so the next read comes from the stored state.
        await funding.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var stored = await application.GetSubmissionAsync();

        Assert.Equal(copy.SubmittedAt, stored.SubmittedAt);
        Assert.Equal(copy.Partners, stored.Partners);
        Assert.Equal(copy.Budget, stored.Budget);
        Assert.Equal(copy.SubmittedAt, (await application.GetAsync()).SubmittedAt);
    }

    [Fact]
    public async Task A_draft_has_no_submission()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync());

        var missing = await Assert.ThrowsAsync<CollaborationException>(() => application.GetSubmissionAsync());

        Assert.Equal(ErrorKind.NotFound, missing.Kind);
        Assert.Null((await application.GetAsync()).SubmittedAt);
    }
}
