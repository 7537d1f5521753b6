using Collaboration.Api;
using Collaboration.Funding.Calls;
using Collaboration.Portfolio;

namespace Collaboration.Funding.Applications;

public sealed partial class FundingApplicationGrain
{
    public async Task<PortfolioReport> DescribeAsync() =>
        state.State.Lead is null ? PortfolioReport.Empty(this.GetGrainId().ToString()) : Describe(ToApplication(), await Call.GetAsync());

    public async Task RefreshAsync() => await GrainFactory.ReportToPortfolioAsync(await DescribeAsync());

    /// <summary>
    /// The application as a portfolio entry (themes and year from its call), and, while it is a
    /// draft of an open call, an unanswered invitation per municipality that has not answered, due
    /// when the call closes. A municipality whose invitation expired takes no part in the entry.
    /// </summary>
    private PortfolioReport Describe(FundingApplication application, FundingCall call)
    {
        var key = FundingPortfolio.Key(Id);
        var years = application.Budget.Select(b => b.Year).Append(call.Details.Deadline.Year).ToList();
        var participants = application.Partners.Where(p => p.State != PartnerState.Expired).Select(p => new PortfolioParticipant(p.MunicipalityId, Role(p),
            p.State == PartnerState.Accepted ? p.Share?.Requested ?? 0 : 0, p.Granted ?? 0,
            OwnContribution: p.State == PartnerState.Accepted ? p.Share?.OwnContribution ?? 0 : 0,
            Region: p.Remote?.Region, Invitation: p.Remote is { } remote ? Field.Lower(remote.Invitation) : null));
        var item = new PortfolioItem(key, FundingPortfolio.Application, application.Title, Field.Lower(application.Status), call.Details.Themes,
            application.Lead.Kind == ApplicantKind.Forum ? application.Lead.Id : null, years.Min(), years.Max(), [.. participants],
            application.Budget.Sum(b => b.Amount), application.RequestedTotal, application.GrantedAmount ?? 0, []);
        var invitations = application.Status != ApplicationStatus.Draft || call.Status == CallStatus.Closed ? [] : application.Partners
            .Where(p => p.State == PartnerState.Invited)
            .Select(p => new PortfolioDeadline(FundingPortfolio.InvitationUnanswered, call.Details.Deadline, application.Title,
                key, p.MunicipalityId, application.Lead.Kind == ApplicantKind.Forum ? application.Lead.Id : null, call.Id));
        return new PortfolioReport(this.GetGrainId().ToString(), item, null, [.. invitations], []);
    }

    private static PortfolioRole Role(Partner partner) => partner.IsLead ? PortfolioRole.Lead : partner.State switch
    {
        PartnerState.Accepted => PortfolioRole.Participant,
        PartnerState.Invited => PortfolioRole.Invited,
        PartnerState.Declined => PortfolioRole.Declined,
        _ => PortfolioRole.Left,
    };
}
