using Collaboration.Funding.Calls;
using Collaboration.Funding.Municipalities;
using Collaboration.Money;
using Collaboration.Portfolio;
using Collaboration.Versions;

namespace Collaboration.Funding.Applications;

public sealed partial class FundingApplicationGrain
{
    public async Task<FundingApplication> SubmitAsync()
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        RequireDraft("be submitted");
        var call = await Call.GetAsync();
        if (call.Status != CallStatus.Open)
        {
            throw CollaborationException.Conflict($"The call closed at its deadline {call.Details.Deadline:yyyy-MM-dd HH:mm zzz}; the application can no longer be submitted.", "deadline");
        }

        var waiting = Current.Partners.Where(p => p.State == PartnerState.Invited).Select(p => p.MunicipalityId).ToList();
        if (waiting.Count > 0)
        {
            throw CollaborationException.Conflict($"Every invitation must be answered before submission; waiting for {string.Join(", ", waiting)}.", "partners");
        }

        var application = ToApplication();
        if (application.Partners.All(p => p.State != PartnerState.Accepted))
        {
            throw CollaborationException.Conflict("No municipality takes part yet.", "partners");
        }

        var budget = application.Budget.Sum(b => b.Amount);
        var needed = application.RequestedTotal + application.OwnContributionTotal;
        if (budget != needed)
        {
            throw CollaborationException.Conflict(
                $"The budget lines add up to {budget:0.00} NOK; they must equal requested plus own contributions, {needed:0.00} NOK.", "budget");
        }

        foreach (var partner in application.Partners.Where(p => p.State == PartnerState.Accepted))
        {
            CheckRequest(call, partner.MunicipalityId, partner.Share!, "requested");
        }

        state.State.Status = ApplicationStatus.Submitted;
        state.State.Submission = new Submission(Id, application.CallId, clock.GetUtcNow(), application.Title, application.Lead,
            application.Partners, application.Budget);
        return await SaveAsync(AllPartners());
    }

    public Task<Submission> GetSubmissionAsync() =>
        Task.FromResult(Current.Submission ?? throw CollaborationException.NotFound($"Funding application '{Id}' has not been submitted."));

    public async Task<FundingApplication> DecideAsync(FundingDecision decision)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        if (Current.Status != ApplicationStatus.Submitted)
        {
            throw CollaborationException.Conflict($"Only a submitted application gets a decision; this one is {Current.Status.ToString().ToLowerInvariant()}.", "status");
        }

        if (decision.Granted)
        {
            var takingPart = Current.Partners.Where(p => p.State == PartnerState.Accepted).ToList();
            var shares = decision.PerPartner ?? ProRata.Split(decision.Amount, [.. takingPart.Select(p => (p.MunicipalityId, p.Share!.Requested))]);
            if (shares.Keys.Any(id => takingPart.TrueForAll(p => p.MunicipalityId != id)))
            {
                throw CollaborationException.Invalid("perPartner", "Amounts can be given only to municipalities taking part.");
            }

            if (shares.Values.Sum() != decision.Amount)
            {
                throw CollaborationException.Invalid("perPartner", $"The amounts per partner add up to {shares.Values.Sum():0.00} NOK, not the {decision.Amount:0.00} NOK granted.");
            }

            foreach (var partner in takingPart)
            {
                Replace(partner.MunicipalityId, partner with { Granted = shares.GetValueOrDefault(partner.MunicipalityId) });
            }

            state.State.GrantedAmount = decision.Amount;
        }

        state.State.Status = decision.Granted ? ApplicationStatus.Granted : ApplicationStatus.Rejected;
        return await SaveAsync(AllPartners());
    }

    public async Task<FundingApplication> WithdrawAsync()
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        if (Current.Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted))
        {
            throw CollaborationException.Conflict($"A {Current.Status.ToString().ToLowerInvariant()} application cannot be withdrawn.", "status");
        }

        if (Current.Status == ApplicationStatus.Draft)
        {
            RequireBeforeDeadline(await Call.GetAsync());
        }

        state.State.Status = ApplicationStatus.Withdrawn;
        return await SaveAsync(AllPartners());
    }

    private IEnumerable<string> AllPartners() => Current.Partners.Select(p => p.MunicipalityId);

    /// <summary>
    /// Stores the new version, then tells the call, the municipalities concerned and the
    /// portfolio. The notices are idempotent, so a retried request repairs a failed one.
    /// </summary>
    private async Task<FundingApplication> SaveAsync(IEnumerable<string> concerned, string systemEvent = "system")
    {
        await this.CommitAsync(state, () => AnnounceAsync(ToApplication(), concerned), systemEvent);
        return ToApplication();
    }

    private async Task AnnounceAsync(FundingApplication application, IEnumerable<string> concerned)
    {
        var takingPart = application.Partners.Where(p => p.State == PartnerState.Accepted).Select(p => p.MunicipalityId).Order(StringComparer.Ordinal);
        await Call.RecordAsync(new ApplicationRecord(Id, application.Title, application.Lead, application.Status, application.RequestedTotal,
            application.GrantedAmount, [.. takingPart]));
        // Another region's municipality keeps its own overview in its own installation.
        await Task.WhenAll(concerned.Distinct().Where(id => Find(id)?.Remote is null).Select(id =>
        {
            var partner = Find(id)!;
            return GrainFactory.GetGrain<IMunicipalityFundingGrain>(id).SetInvolvementAsync(
                new Involvement(Id, application.Title, application.CallId, partner.IsLead, partner.State, application.Status));
        }));
        await GrainFactory.ReportToPortfolioAsync(Describe(application, await Call.GetAsync()));
    }

    private FundingApplication ToApplication()
    {
        var current = Current;
        return new FundingApplication(Id, current.CallId!, current.Title, current.Lead!, current.Status,
            [.. current.Partners], [.. current.Budget], current.Version, current.GrantedAmount)
        { SubmittedAt = current.Submission?.SubmittedAt };
    }
}
