using Collaboration.Api;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Api;

/// <summary>Maps applications and their submitted copies to the wire, each partner with its municipality's name.</summary>
internal static class ApplicationMessages
{
    public static Application ToMessage(this FundingApplication application, IReadOnlyDictionary<string, string> names)
    {
        var message = new Application
        {
            Id = application.Id,
            CallId = application.CallId,
            Title = application.Title,
            Lead = application.Lead.ToMessage(),
            Status = Field.Lower(application.Status),
            Version = application.Version,
            RequestedTotal = Wire.Amount(application.RequestedTotal),
            OwnContributionTotal = Wire.Amount(application.OwnContributionTotal),
        };
        if (application.GrantedAmount is { } granted) message.GrantedAmount = Wire.Amount(granted);
        if (application.SubmittedAt is { } submittedAt) message.SubmittedAt = Wire.OsloInstant(submittedAt);
        message.Partners.AddRange(application.Partners.Select(p => p.ToMessage(names)));
        message.Budget.AddRange(application.Budget.Select(ToMessage));
        return message;
    }

    public static Api.V1.Submission ToMessage(this Applications.Submission submission, IReadOnlyDictionary<string, string> names)
    {
        var message = new Api.V1.Submission
        {
            ApplicationId = submission.ApplicationId,
            CallId = submission.CallId,
            SubmittedAt = Wire.OsloInstant(submission.SubmittedAt),
            Title = submission.Title,
            Lead = submission.Lead.ToMessage(),
            RequestedTotal = Wire.Amount(submission.RequestedTotal),
            OwnContributionTotal = Wire.Amount(submission.OwnContributionTotal),
        };
        message.Partners.AddRange(submission.Partners.Select(p => p.ToMessage(names)));
        message.Budget.AddRange(submission.Budget.Select(ToMessage));
        return message;
    }

    private static Api.V1.Partner ToMessage(this Applications.Partner partner, IReadOnlyDictionary<string, string> names)
    {
        var message = new Api.V1.Partner
        {
            Kommunenummer = partner.MunicipalityId,
            Name = names.GetValueOrDefault(partner.MunicipalityId) ?? "",
            State = Field.Lower(partner.State),
            IsLead = partner.IsLead,
        };
        if (partner.Share is { } share)
        {
            message.Share = share.ToMessage();
        }

        if (partner.Granted is { } granted) message.Granted = Wire.Amount(granted);
        if (partner.Remote is { } remote)
        {
            message.Region = remote.Region;
            message.Invitation = Field.Lower(remote.Invitation);
            if (remote.Refusal is { } refusal) message.Refusal = refusal;
        }

        return message;
    }

    /// <summary>A partner's amounts and role.</summary>
    public static Share ToMessage(this PartnerShare share) =>
        new() { Requested = Wire.Amount(share.Requested), OwnContribution = Wire.Amount(share.OwnContribution), Role = share.Role };

    private static Api.V1.BudgetLine ToMessage(Applications.BudgetLine line) =>
        new() { Category = line.Category, Year = line.Year, Amount = Wire.Amount(line.Amount) };
}
