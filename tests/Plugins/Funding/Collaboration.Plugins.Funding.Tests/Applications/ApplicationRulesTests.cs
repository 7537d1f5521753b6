using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Tests.Applications;

/// <summary>Each rule of a joint application, enforced in the grain.</summary>
[Collection(FundingCollection.Name)]
public sealed class ApplicationRulesTests(FundingCluster funding)
{
    private static PartnerShare Share(decimal requested, decimal own = 10_000) => new(requested, own, "Deltar");

    [Fact]
    public async Task Each_municipality_requests_at_most_the_maximum_per_municipality_whatever_the_others_ask()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(100_000), leadRequested: 50_000);
        await application.InviteAsync(["4602", "4603"]);
        var before = await application.GetAsync();

        // 150 000 and 50 000 would be within 2 × 100 000 together; the call gives each at most 100 000.
        var tooMuch = await Assert.ThrowsAsync<CollaborationException>(() => application.AcceptAsync("4602", Share(150_000)));

        Assert.Equal(ErrorKind.Conflict, tooMuch.Kind);
        Assert.Equal("requested", tooMuch.Field);
        var after = await application.GetAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(PartnerState.Invited, after.Partners.Single(p => p.MunicipalityId == "4602").State);

        await application.AcceptAsync("4602", Share(100_000));
        var result = await application.AcceptAsync("4603", Share(100_000));
        Assert.Equal(250_000, result.RequestedTotal);
    }

    [Fact]
    public async Task A_lead_asking_more_than_the_maximum_starts_nothing()
    {
        var call = await funding.CallAsync(100_000);

        var tooMuch = await Assert.ThrowsAsync<CollaborationException>(() => funding.ApplicationAsync(call, leadRequested: 100_000.01m));

        Assert.Equal(ErrorKind.Conflict, tooMuch.Kind);
        Assert.Equal("leadShare.requested", tooMuch.Field);
        Assert.Empty(await call.ListApplicationsAsync());
    }

    [Fact]
    public async Task A_maximum_lowered_after_an_answer_stops_the_submission_naming_the_request()
    {
        var call = await funding.CallAsync(100_000);
        var application = await funding.ApplicationAsync(call, leadRequested: 100_000, leadOwn: 0);
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        await call.PutAsync((await call.GetAsync()).Details with { MaxPerMunicipality = 90_000 });

        var refused = await Assert.ThrowsAsync<CollaborationException>(() => application.SubmitAsync());

        Assert.Equal("requested", refused.Field);
        Assert.Equal(ApplicationStatus.Draft, (await application.GetAsync()).Status);
    }

    [Fact]
    public async Task A_call_that_is_not_joint_refuses_a_second_municipality()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(joint: false));

        var error = await Assert.ThrowsAsync<CollaborationException>(() => application.InviteAsync(["4602"]));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.Single((await application.GetAsync()).Partners);
    }

    [Fact]
    public async Task Submission_needs_every_invitation_answered()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync());
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", Share(50_000));
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 180_000)], null);

        var waiting = await Assert.ThrowsAsync<CollaborationException>(() => application.SubmitAsync());
        Assert.Contains("4603", waiting.Message);

        await application.DeclineAsync("4603");
        Assert.Equal(ApplicationStatus.Submitted, (await application.SubmitAsync()).Status);
    }

    [Fact]
    public async Task Budget_lines_must_add_up_to_requested_plus_own_contributions()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 20_000);
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000), new BudgetLine("workshop", 2023, 19_999.99m)], null);

        var unbalanced = await Assert.ThrowsAsync<CollaborationException>(() => application.SubmitAsync());
        Assert.Equal("budget", unbalanced.Field);

        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000), new BudgetLine("workshop", 2023, 20_000)], null);
        Assert.Equal(ApplicationStatus.Submitted, (await application.SubmitAsync()).Status);
    }

    [Fact]
    public async Task Submission_after_the_deadline_is_refused()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(5);
        var call = await funding.CallAsync(deadline: deadline);
        var application = await funding.ApplicationAsync(call, leadRequested: 100_000, leadOwn: 0);
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(500);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);

        var late = await Assert.ThrowsAsync<CollaborationException>(() => application.SubmitAsync());

        Assert.Equal("deadline", late.Field);
        Assert.Equal(ApplicationStatus.Draft, (await application.GetAsync()).Status);
    }

    [Fact]
    public async Task After_submission_partners_and_budget_are_frozen()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 0);
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        var submitted = await application.SubmitAsync();

        await Assert.ThrowsAsync<CollaborationException>(() => application.InviteAsync(["4605"]));
        await Assert.ThrowsAsync<CollaborationException>(() => application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 1)], null));

        var after = await application.GetAsync();
        Assert.Equal(submitted.Version, after.Version);
        Assert.Single(after.Partners);
    }

    [Fact]
    public async Task A_partner_may_leave_a_draft_but_not_a_submitted_application()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 50_000, leadOwn: 0);
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", Share(50_000, 0));
        await application.AcceptAsync("4603", Share(50_000, 0));

        var left = await application.LeaveAsync("4602");
        Assert.Equal(PartnerState.Left, left.Partners.Single(p => p.MunicipalityId == "4602").State);

        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        await application.SubmitAsync();
        await Assert.ThrowsAsync<CollaborationException>(() => application.LeaveAsync("4603"));
    }

    [Fact]
    public async Task Status_moves_draft_submitted_granted_and_withdrawal_only_before_a_decision()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 0);
        await Assert.ThrowsAsync<CollaborationException>(() => application.DecideAsync(new FundingDecision(true, 1, null)));
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
        await application.SubmitAsync();

        var granted = await application.DecideAsync(new FundingDecision(true, 80_000, null));

        Assert.Equal(ApplicationStatus.Granted, granted.Status);
        Assert.Equal(80_000, granted.GrantedAmount);
        await Assert.ThrowsAsync<CollaborationException>(() => application.WithdrawAsync());
        await Assert.ThrowsAsync<CollaborationException>(() => application.DecideAsync(new FundingDecision(false, 0, null)));
    }

    [Fact]
    public async Task A_granted_amount_is_split_pro_rata_to_the_ore()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 0);
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", Share(100_000, 0));
        await application.AcceptAsync("4603", Share(100_000, 0));
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 300_000)], null);
        await application.SubmitAsync();

        var granted = await application.DecideAsync(new FundingDecision(true, 100_000, null));

        var parts = granted.Partners.Select(p => p.Granted!.Value).ToList();
        Assert.Equal(100_000m, parts.Sum());
        Assert.Equal([33_333.33m, 33_333.33m, 33_333.34m], parts.Order());
    }

    [Fact]
    public async Task Amounts_given_per_partner_must_add_up_to_the_grant()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 100_000, leadOwn: 0);
        await application.InviteAsync(["4602"]);
        await application.AcceptAsync("4602", Share(100_000, 0));
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 200_000)], null);
        await application.SubmitAsync();

        await Assert.ThrowsAsync<CollaborationException>(() =>
            application.DecideAsync(new FundingDecision(true, 150_000, new Dictionary<string, decimal> { ["4601"] = 100_000, ["4602"] = 40_000 })));
        var granted = await application.DecideAsync(new FundingDecision(true, 150_000, new Dictionary<string, decimal> { ["4601"] = 100_000, ["4602"] = 50_000 }));

        Assert.Equal(50_000, granted.Partners.Single(p => p.MunicipalityId == "4602").Granted);
    }

    [Fact]
    public async Task Inviting_a_forum_invites_each_current_member_and_each_answers_for_itself()
    {
        var forum = await funding.ForumAsync("4601", "4602", "4603", "4604");
        var application = await funding.ApplicationAsync(await funding.CallAsync());

        var invited = await application.InviteForumAsync(forum);

        Assert.Equal(["4602", "4603", "4604"], invited.Partners.Where(p => p.State == PartnerState.Invited).Select(p => p.MunicipalityId).Order());
        var declined = await application.DeclineAsync("4603");
        Assert.Equal(PartnerState.Declined, declined.Partners.Single(p => p.MunicipalityId == "4603").State);
        Assert.Equal(PartnerState.Invited, declined.Partners.Single(p => p.MunicipalityId == "4604").State);
    }

    [Fact]
    public async Task A_stale_budget_edit_is_refused_and_changes_nothing()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync());
        var read = await application.GetAsync();
        await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 60_000)], read.Version);

        var stale = await Assert.ThrowsAsync<CollaborationException>(() =>
            application.SetBudgetAsync([new BudgetLine("workshop", 2022, 60_000)], read.Version));

        Assert.Equal(ErrorKind.PreconditionFailed, stale.Kind);
        Assert.Equal("konsulent", Assert.Single((await application.GetAsync()).Budget).Category);
    }

    [Fact]
    public async Task Accepting_the_same_invitation_twice_is_one_partnership_with_the_same_answer()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync(), leadRequested: 50_000);
        await application.InviteAsync(["4602"]);

        var first = await application.AcceptAsync("4602", Share(40_000));
        var again = await application.AcceptAsync("4602", Share(40_000));

        Assert.Equal(first.Version, again.Version);
        Assert.Single(again.Partners, p => p.MunicipalityId == "4602");
    }

    [Fact]
    public async Task Only_registered_municipalities_can_be_invited()
    {
        var application = await funding.ApplicationAsync(await funding.CallAsync());

        var error = await Assert.ThrowsAsync<CollaborationException>(() => application.InviteAsync(["4699"]));

        Assert.Equal(ErrorKind.Invalid, error.Kind);
    }
}
