using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;
using Collaboration.Funding.Municipalities;

namespace Collaboration.Funding.Tests.Calls;

[Collection(FundingCollection.Name)]
public sealed class CallTests(FundingCluster funding)
{
    [Fact]
    public async Task A_call_closes_itself_at_its_deadline_by_reminder()
    {
        var call = await funding.CallAsync(deadline: DateTimeOffset.UtcNow.AddSeconds(3));
        var id = call.GetPrimaryKeyString();
        var board = funding.Grains.GetGrain<ICallBoardGrain>(ICallBoardGrain.Key);

        // Only the call's own reminder posts "closed" on the board; nothing here touches the call.
        var notices = await Eventually.ValueAsync(board.ListAsync, list => list.Single(n => n.CallId == id).Status == CallStatus.Closed, TimeSpan.FromSeconds(30));

        Assert.Equal(CallStatus.Closed, notices.Single(n => n.CallId == id).Status);
        await Assert.ThrowsAsync<CollaborationException>(() => call.NumberApplicationAsync(null));
    }

    [Fact]
    public async Task A_call_counts_its_applications_and_its_success_rate()
    {
        var call = await funding.CallAsync();
        foreach (var granted in new[] { true, true, false })
        {
            var application = await funding.ApplicationAsync(call, leadRequested: 100_000, leadOwn: 0);
            await application.SetBudgetAsync([new BudgetLine("konsulent", 2022, 100_000)], null);
            await application.SubmitAsync();
            await application.DecideAsync(new FundingDecision(granted, granted ? 100_000 : 0, null));
        }

        var withdrawn = await funding.ApplicationAsync(call);
        await withdrawn.WithdrawAsync();
        var draft = await funding.ApplicationAsync(call, leadRequested: 50_000);
        await draft.InviteAsync(["4602", "4603"]);
        await draft.AcceptAsync("4602", new PartnerShare(50_000, 0, "Deltar"));

        var statistics = (await call.GetAsync()).Statistics;
        Assert.Equal(4, statistics.Applications);
        Assert.Equal(2, statistics.Granted);
        Assert.Equal(1, statistics.Rejected);
        Assert.Equal(200_000, statistics.GrantedTotal);
        Assert.Equal(66.67m, statistics.SuccessPercent);
        Assert.Equal(1, statistics.Drafts);
        Assert.Equal(1, statistics.Withdrawn);
        Assert.Equal(300_000, statistics.RequestedTotal); // the three decided; drafts ask nothing yet
        Assert.Equal(2, statistics.Municipalities); // 4601 leads all four counted, 4602 joins the draft; 4603 has not answered
    }

    [Fact]
    public async Task Each_municipality_sees_its_own_funding_work_from_its_own_grain()
    {
        var call = await funding.CallAsync();
        var application = await funding.ApplicationAsync(call, leadRequested: 50_000);
        var id = application.GetPrimaryKeyString();
        await application.InviteAsync(["4602", "4603"]);
        await application.AcceptAsync("4602", new PartnerShare(50_000, 0, "Deltar"));

        var lead = await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4601").GetOverviewAsync();
        var partner = await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4602").GetOverviewAsync();
        var invitee = await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4603").GetOverviewAsync();

        Assert.Contains(lead.Leads, i => i.ApplicationId == id);
        Assert.Contains(partner.TakesPartIn, i => i.ApplicationId == id);
        Assert.DoesNotContain(partner.Invitations, i => i.ApplicationId == id);
        Assert.Contains(invitee.Invitations, i => i.ApplicationId == id);
        Assert.Contains(invitee.OpenCalls, c => c.CallId == call.GetPrimaryKeyString());

        await application.DeclineAsync("4603");
        invitee = await funding.Grains.GetGrain<IMunicipalityFundingGrain>("4603").GetOverviewAsync();
        Assert.DoesNotContain(invitee.Invitations, i => i.ApplicationId == id);
    }
}
