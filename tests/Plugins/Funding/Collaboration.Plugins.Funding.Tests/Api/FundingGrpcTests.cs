using Collaboration.Funding.Api.V1;
using Grpc.Core;

namespace Collaboration.Funding.Tests.Api;

/// <summary>The same path over gRPC (HTTP/2 on its own port).</summary>
[Collection(FundingApiCollection.Name)]
public sealed class FundingGrpcTests(FundingApiFixture fixture)
{
    [Fact]
    public async Task Municipalities_join_accept_and_the_lead_submits_over_gRPC()
    {
        var client = new Funding.Api.V1.Funding.FundingClient(fixture.Silo.Grpc);
        var call = await fixture.OpenCallAsync();

        var application = await client.CreateApplicationAsync(new CreateApplicationRequest
        {
            CallId = call,
            Title = "Jordvern i Fosen og Trondheimsregionen",
            Lead = new Applicant { Kind = "forum", Id = "trondheimsregionen" },
        });
        await client.InviteAsync(new InviteRequest { Id = application.Id, ForumId = "trondheimsregionen" });
        var members = (await client.GetApplicationAsync(new ApplicationRequest { Id = application.Id })).Partners.Select(p => p.Kommunenummer).ToList();
        foreach (var member in members)
        {
            await (member is "5001" or "5028"
                ? client.AcceptAsync(new AcceptRequest { Id = application.Id, Kommunenummer = member, Requested = "100000", OwnContribution = "25000", Role = "Deltar" })
                : client.DeclineAsync(new PartnerRequest { Id = application.Id, Kommunenummer = member }));
        }

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.SetBudgetAsync(new SetBudgetRequest { Id = application.Id, Version = 1 }));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);

        var current = await client.GetApplicationAsync(new ApplicationRequest { Id = application.Id });
        await client.SetBudgetAsync(new SetBudgetRequest
        {
            Id = application.Id,
            Version = current.Version,
            Lines = { new BudgetLine { Category = "prosjektleder", Year = 2023, Amount = "250000" } },
        });
        var submitted = await client.SubmitAsync(new ApplicationRequest { Id = application.Id });

        Assert.Equal(8, members.Count);
        Assert.Equal("submitted", submitted.Status);
        Assert.Equal("200000.00", submitted.RequestedTotal);
        var late = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.AcceptAsync(new AcceptRequest { Id = application.Id, Kommunenummer = "5031", Requested = "1", Role = "x" }));
        Assert.Equal(StatusCode.FailedPrecondition, late.StatusCode);
    }

    [Fact]
    public async Task A_call_reads_back_with_its_statistics()
    {
        var client = new Funding.Api.V1.Funding.FundingClient(fixture.Silo.Grpc);

        var klimasats = await client.GetCallAsync(new GetCallRequest { Id = "klimasats-2022" });

        Assert.Equal("closed", klimasats.Status);
        Assert.Equal(2, klimasats.Statistics.Granted);
        Assert.Equal("100.00", klimasats.Statistics.SuccessPercent);
    }
}
