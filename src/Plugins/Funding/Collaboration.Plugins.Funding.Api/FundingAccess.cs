using Collaboration.Access;
using Collaboration.Funding.Api.V1;
using Collaboration.Funding.Applications;

namespace Collaboration.Funding.Api;

/// <summary>
/// Who may call the Funding methods: calls and their statistics are public, like a funder's own
/// announcement; every signed-in caller reads applications; an application's lead (the
/// lead municipality's officers, or the lead forum's secretariat) starts it, invites partners,
/// edits the budget, submits, records the decision and withdraws; each municipality's officers
/// answer its own invitation; calls are registered by an admin.
/// </summary>
internal sealed class FundingAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var funding = V1.Funding.Descriptor;
        foreach (var read in new[] { "ListCalls", "GetCall", "GetCallStatistics" })
        {
            rules.Add(funding, read, AccessRule.PublicRead);
        }

        foreach (var read in new[] { "ListCallApplications", "GetApplication", "GetSubmission", "GetOverview" })
        {
            rules.Add(funding, read, AccessRule.Read);
        }

        rules.Add(funding, "PutCall", AccessRule.AdminOnly)
            .Add(funding, "PatchCall", AccessRule.AdminOnly)
            .Add(funding, "PatchApplication", AccessRule.Change<PatchApplicationRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "CreateApplication", AccessRule.Change<CreateApplicationRequest>((r, _) => ValueTask.FromResult(LeadParties(r.Lead?.Kind, r.Lead?.Id))))
            .Add(funding, "Invite", AccessRule.Change<InviteRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "SetBudget", AccessRule.Change<V1.SetBudgetRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "Submit", AccessRule.Change<ApplicationRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "Decide", AccessRule.Change<DecideRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "Withdraw", AccessRule.Change<ApplicationRequest>((r, grains) => LeadAsync(grains, r.Id)))
            .Add(funding, "Accept", AccessRule.Officer<AcceptRequest>(r => r.Kommunenummer))
            .Add(funding, "Decline", AccessRule.Officer<PartnerRequest>(r => r.Kommunenummer))
            .Add(funding, "Leave", AccessRule.Officer<PartnerRequest>(r => r.Kommunenummer));
    }

    /// <summary>Who leads an application: its forum's secretariat, or its municipality's officers.</summary>
    internal static async ValueTask<Parties> LeadAsync(IGrainFactory grains, string applicationId)
    {
        var lead = (await grains.GetGrain<IFundingApplicationGrain>(applicationId).GetAsync()).Lead;
        return lead.Kind == ApplicantKind.Forum ? Parties.Forum(lead.Id) : Parties.Municipality(lead.Id);
    }

    private static Parties LeadParties(string? kind, string? id) => kind switch
    {
        "forum" => Parties.Forum(id),
        "municipality" when !string.IsNullOrEmpty(id) => Parties.Municipality(id),
        _ => Parties.AdminOnly,
    };
}
