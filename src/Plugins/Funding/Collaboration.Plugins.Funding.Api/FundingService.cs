using Collaboration.Api;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;
using Collaboration.Funding.Calls;
using Collaboration.Funding.Municipalities;
using Collaboration.Organisations;
using Grpc.Core;

namespace Collaboration.Funding.Api;

/// <summary>The Funding API: maps requests to call, application and funding-desk grains.</summary>
internal sealed class FundingService(IGrainFactory grains) : Api.V1.Funding.FundingBase
{
    public override async Task<ListCallsResponse> ListCalls(ListCallsRequest request, ServerCallContext context)
    {
        var notices = await grains.GetGrain<ICallBoardGrain>(ICallBoardGrain.Key).ListAsync();
        var ids = await ChangedSince.Of(request.ModifiedSince, request.CreatedSince)
            .FilterAsync(grains, FundingPlugin.CallState, [.. notices.Select(n => n.CallId)]);
        var calls = await Task.WhenAll(ids.Select(id => grains.GetGrain<IFundingCallGrain>(id).GetAsync()));
        var response = new ListCallsResponse();
        response.Calls.AddRange(calls.Select(c => c.ToMessage()));
        return response;
    }

    public override async Task<Call> GetCall(GetCallRequest request, ServerCallContext context) =>
        (await CallGrain(request.Id).GetAsync()).ToMessage();

    public override async Task<Api.V1.CallStatistics> GetCallStatistics(GetCallRequest request, ServerCallContext context) =>
        (await CallGrain(request.Id).GetAsync()).Statistics.ToMessage();

    public override Task<Call> PutCall(PutCallRequest request, ServerCallContext context)
    {
        var call = CallGrain(request.Id);
        var details = request.ToDetails();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/funding/calls/{request.Id}",
            async () => (await call.PutAsync(details)).ToMessage(),
            async () => (await call.GetAsync()).ToMessage());
    }

    public override Task<Call> PatchCall(PatchCallRequest request, ServerCallContext context)
    {
        var call = CallGrain(request.Id);
        return context.PatchAsync(request.Call, request.UpdateMask, request.HasVersion ? request.Version : null, FundingMessages.CallFields,
            async () => (await call.GetAsync()).ToMessage(),
            async patched => (await call.PutAsync(patched.ToPut().ToDetails())).ToMessage());
    }

    public override async Task<ListCallApplicationsResponse> ListCallApplications(GetCallRequest request, ServerCallContext context)
    {
        var response = new ListCallApplicationsResponse();
        response.Applications.AddRange((await CallGrain(request.Id).ListApplicationsAsync()).Select(a => a.ToMessage()));
        return response;
    }

    public override async Task<Application> CreateApplication(CreateApplicationRequest request, ServerCallContext context)
    {
        var call = CallGrain(Field.Slug(request.CallId, "callId"));
        var lead = FundingMessages.ToApplicant(request.Lead);
        var share = request.LeadShare is { } s ? FundingMessages.ToShare(s.Requested, s.OwnContribution, s.Role, "leadShare.") : null;
        var draft = new NewApplication(request.CallId, Field.Required(request.Title, "title"), lead, share);

        context.Creating();
        var id = await call.NumberApplicationAsync(request.HasId ? Field.Slug(request.Id) : null);
        var application = await grains.GetGrain<IFundingApplicationGrain>(id).CreateAsync(draft);
        context.Created($"/api/funding/applications/{id}");
        return await AnswerAsync(application);
    }

    public override async Task<Application> GetApplication(ApplicationRequest request, ServerCallContext context) =>
        await AnswerAsync(await ApplicationGrain(request.Id).GetAsync());

    public override async Task<Api.V1.Submission> GetSubmission(ApplicationRequest request, ServerCallContext context)
    {
        var submission = await ApplicationGrain(request.Id).GetSubmissionAsync();
        return submission.ToMessage(await grains.NamesAsync(submission.Partners.Select(p => p.MunicipalityId)));
    }

    public override Task<Application> PatchApplication(PatchApplicationRequest request, ServerCallContext context)
    {
        var application = ApplicationGrain(request.Id);
        return context.PatchAsync(request.Application, request.UpdateMask, request.HasVersion ? request.Version : null, FundingMessages.ApplicationFields,
            async () => await AnswerAsync(await application.GetAsync()),
            async patched => await AnswerAsync(await application.RetitleAsync(Field.Required(patched.Title, "title"))));
    }

    public override Task<Application> Invite(InviteRequest request, ServerCallContext context) =>
        Change(context, request.Id, request.HasVersion ? request.Version : null, application => InviteAsync(application, request));

    private static async Task<FundingApplication> InviteAsync(IFundingApplicationGrain application, InviteRequest request)
    {
        var municipalities = request.Municipalities.Select((m, i) => Field.Kommunenummer(m, $"municipalities[{i}]")).ToList();
        var forum = request.HasForumId ? Field.ForumId(request.ForumId, "forumId") : null;
        if (municipalities.Count == 0 && forum is null)
        {
            throw CollaborationException.Invalid("municipalities", "Name the municipalities to invite, or a forumId whose members to invite.");
        }

        var result = municipalities.Count > 0 ? await application.InviteAsync(municipalities) : null;
        if (forum is not null)
        {
            result = await application.InviteForumAsync(forum);
        }

        return result!;
    }

    public override Task<Application> Accept(AcceptRequest request, ServerCallContext context)
    {
        var share = FundingMessages.ToShare(request.Requested, request.OwnContribution, request.Role);
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.AcceptAsync(kommunenummer, share));
    }

    public override Task<Application> Decline(PartnerRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.DeclineAsync(kommunenummer));
    }

    public override Task<Application> Leave(PartnerRequest request, ServerCallContext context)
    {
        var kommunenummer = Field.Kommunenummer(request.Kommunenummer);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.LeaveAsync(kommunenummer));
    }

    public override async Task<Application> SetBudget(SetBudgetRequest request, ServerCallContext context)
    {
        var application = ApplicationGrain(request.Id);
        var lines = FundingMessages.ToLines(request.Lines);
        var expected = context.ExpectedVersion(request.HasVersion ? request.Version : null)
            ?? throw new CollaborationException(ErrorKind.Invalid, "Send the version you read, as If-Match (HTTP) or version, so edits never overwrite each other; \"*\" overrides.", "If-Match");
        return await Change(context, request.Id, expected, a => a.SetBudgetAsync(lines, expected < 0 ? null : expected));
    }

    public override Task<Application> Submit(ApplicationRequest request, ServerCallContext context) =>
        Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.SubmitAsync());

    public override Task<Application> Decide(DecideRequest request, ServerCallContext context)
    {
        var granted = request.Outcome switch
        {
            "granted" => true,
            "rejected" => false,
            _ => throw CollaborationException.Invalid("outcome", $"outcome must be granted or rejected, not '{request.Outcome}'."),
        };
        var perPartner = request.PerPartner.Count == 0 ? null
            : request.PerPartner.Select((p, i) => (Id: Field.Kommunenummer(p.Kommunenummer, $"perPartner[{i}].kommunenummer"), Amount: Field.Amount(p.Amount, $"perPartner[{i}].amount")))
                .ToDictionary(p => p.Id, p => p.Amount);
        var decision = new FundingDecision(granted, granted ? Field.Amount(request.Amount, "amount") : 0, perPartner);
        return Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.DecideAsync(decision));
    }

    public override Task<Application> Withdraw(ApplicationRequest request, ServerCallContext context) =>
        Change(context, request.Id, request.HasVersion ? request.Version : null, a => a.WithdrawAsync());

    public override async Task<Overview> GetOverview(GetOverviewRequest request, ServerCallContext context) =>
        (await grains.GetGrain<IMunicipalityFundingGrain>(Field.Kommunenummer(request.Kommunenummer)).GetOverviewAsync()).ToMessage();

    private IFundingCallGrain CallGrain(string id) => grains.GetGrain<IFundingCallGrain>(Field.Slug(id));

    private IFundingApplicationGrain ApplicationGrain(string id) => grains.GetGrain<IFundingApplicationGrain>(Field.Slug(id));

    // A change of an application under the version the caller read; a stale one answers with the application as it is.
    private Task<Application> Change(ServerCallContext context, string id, int? version, Func<IFundingApplicationGrain, Task<FundingApplication>> change)
    {
        var application = ApplicationGrain(id);
        return context.ChangeAsync(version,
            async () => await AnswerAsync(await change(application)),
            async () => await AnswerAsync(await application.GetAsync()));
    }

    // Partners are answered with their municipalities' names beside their numbers.
    private async Task<Application> AnswerAsync(FundingApplication application) =>
        application.ToMessage(await grains.NamesAsync(application.Partners.Select(p => p.MunicipalityId)));
}
