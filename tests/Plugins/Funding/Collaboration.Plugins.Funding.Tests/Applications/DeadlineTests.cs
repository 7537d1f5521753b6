using Collaboration.Funding.Applications;
using Collaboration.Funding.Municipalities;
using Collaboration.Portfolio;

namespace Collaboration.Funding.Tests.Applications;

/// <summary>After its call's deadline a draft changes no more, and the invitations nobody answered expire.</summary>
[Collection(FundingCollection.Name)]
public sealed class DeadlineTests(FundingCluster funding)
{
    private static PartnerShare Share(decimal requested) => new(requested, 0, "Deltar");

    private IPortfolioGrain Portfolio => funding.Grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key);

    [Fact]
    public async Task Every_change_to_a_draft_of_a_closed_call_is_refused_naming_the_deadline_and_changes_nothing()
    {
        var call = await funding.CallAsync();
        var application = await funding.ApplicationAsync(call, leadRequested: 50_000, leadOwn: 0);
        await application.InviteAsync(["4602", "4603", "4604"]);
        await application.AcceptAsync("4602", Share(50_000));
        await application.AcceptAsync("4604", Share(10_000));
        await FundingCluster.CloseAsync(call);
        var before = await application.GetAsync();

        Func<Task>[] changes =
        [
            () => application.InviteAsync(["4605"]),
            () => application.AcceptAsync("4603", Share(10_000)),
            () => application.AcceptAsync("4602", Share(40_000)),
            () => application.DeclineAsync("4603"),
            () => application.LeaveAsync("4604"),
            () => application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 110_000)], null),
            () => application.RetitleAsync("Ny tittel"),
            () => application.SubmitAsync(),
            () => application.WithdrawAsync(),
        ];
        foreach (var change in changes)
        {
            var refused = await Assert.ThrowsAsync<CollaborationException>(change);
            Assert.Equal(ErrorKind.Conflict, refused.Kind);
            Assert.Equal("deadline", refused.Field);
        }

        var after = await application.GetAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Partners, after.Partners);
        Assert.Equal(before.Title, after.Title);
        Assert.Equal(ApplicationStatus.Draft, after.Status);
    }

    [Fact]
    public async Task Closing_a_call_expires_its_drafts_unanswered_invitations_and_they_leave_every_list_of_open_invitations()
    {
        var call = await funding.CallAsync();
        var application = await funding.ApplicationAsync(call, leadRequested: 50_000);
        var id = application.GetPrimaryKeyString();
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", Share(50_000));
        Assert.Contains((await Portfolio.GetAsync(FundingPortfolio.Key(id))).Deadlines, d => d.Kind == FundingPortfolio.InvitationUnanswered && d.MunicipalityId == "4603");

        await FundingCluster.CloseAsync(call);

        // What the portfolio holds was reported by the application itself when the call told it.
        var details = await Portfolio.GetAsync(FundingPortfolio.Key(id));
        Assert.DoesNotContain(details.Deadlines, d => d.Kind == FundingPortfolio.InvitationUnanswered);
        Assert.DoesNotContain(details.Row.Participants, p => p.MunicipalityId == "4603");
        Assert.Contains(details.Row.Participants, p => p.MunicipalityId == "4602" && p.Role == PortfolioRole.Participant);
        var desk = await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4603").GetOverviewAsync();
        Assert.DoesNotContain(desk.Invitations, i => i.ApplicationId == id);
        var partners = (await application.GetAsync()).Partners;
        Assert.Equal(PartnerState.Expired, partners.Single(p => p.MunicipalityId == "4603").State);
        Assert.Equal(PartnerState.Accepted, partners.Single(p => p.MunicipalityId == "4602").State);
    }

    [Fact]
    public async Task At_the_deadline_the_calls_reminder_expires_the_invitations_and_a_read_before_it_sees_them_expired()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(8);
        var call = await funding.CallAsync(deadline: deadline);
        var untouched = await funding.ApplicationAsync(call, leadRequested: 50_000);
        var read = await funding.ApplicationAsync(call, leadRequested: 50_000);
        await untouched.InviteAsync(["4606"]);
        await read.InviteAsync(["4607"]);
        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(200);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);

        // Right after the deadline the answer is already right, whether or not the reminder has run.
        var answered = await read.GetAsync();
        Assert.Equal(PartnerState.Expired, answered.Partners.Single(p => p.MunicipalityId == "4607").State);
        Assert.DoesNotContain((await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4606").GetOverviewAsync()).Invitations,
            i => i.ApplicationId == untouched.GetPrimaryKeyString());

        // Nothing here touches the other application: only the call's reminder can tell it.
        var key = FundingPortfolio.Key(untouched.GetPrimaryKeyString());
        var details = await Eventually.ValueAsync(() => Portfolio.GetAsync(key),
            d => d.Deadlines.Count == 0 && d.Row.Participants.All(p => p.MunicipalityId != "4606"), TimeSpan.FromSeconds(90));
        Assert.Empty(details.Deadlines);
        Assert.DoesNotContain(details.Row.Participants, p => p.MunicipalityId == "4606");
    }

    [Fact]
    public async Task A_municipality_whose_invitation_expired_may_be_invited_again_when_the_deadline_moves()
    {
        var call = await funding.CallAsync();
        var application = await funding.ApplicationAsync(call, leadRequested: 50_000);
        await application.InviteAsync(["4608"]);
        await FundingCluster.CloseAsync(call);
        Assert.Equal(PartnerState.Expired, (await application.GetAsync()).Partners.Single(p => p.MunicipalityId == "4608").State);

        await call.PutAsync((await call.GetAsync()).Details with { Deadline = DateTimeOffset.UtcNow.AddDays(30) });
        var invited = await application.InviteAsync(["4608"]);

        Assert.Equal(PartnerState.Invited, invited.Partners.Single(p => p.MunicipalityId == "4608").State);
    }
}
