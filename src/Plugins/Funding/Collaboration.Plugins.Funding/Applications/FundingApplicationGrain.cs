using Collaboration.Forums;
using Collaboration.Funding.Calls;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Portfolio;
using Collaboration.Versions;

namespace Collaboration.Funding.Applications;

/// <summary>
/// Owns one application. Not reentrant: concurrent answers from many municipalities are applied
/// one at a time, each written before the next is read, so none is lost.
/// </summary>
public sealed partial class FundingApplicationGrain(
    [PersistentState(FundingPlugin.ApplicationState, GrainStorage.Name)] IPersistentState<FundingApplicationState> state,
    TimeProvider clock) : Grain, IFundingApplicationGrain, IPortfolioSource
{
    private string Id => this.GetPrimaryKeyString();

    private FundingApplicationState Current => state.State.Lead is null
        ? throw CollaborationException.NotFound($"Funding application '{Id}' does not exist.")
        : state.State;

    private IFundingCallGrain Call => GrainFactory.GetGrain<IFundingCallGrain>(Current.CallId!);

    public async Task<FundingApplication> CreateAsync(NewApplication application)
    {
        if (state.State.Lead is not null)
        {
            throw CollaborationException.Conflict($"Funding application '{Id}' already exists.");
        }

        var lead = application.Lead;
        List<Partner> partners = [];
        if (lead.Kind == ApplicantKind.Municipality)
        {
            await RequireMunicipalityAsync(lead.Id, "lead.id");
            var share = application.LeadShare ?? throw CollaborationException.Invalid("leadShare", "A municipality lead states its own amounts.");
            partners.Add(new Partner(lead.Id, PartnerState.Accepted, share, IsLead: true, null));
        }
        else if (!await GrainFactory.GetGrain<IForumGrain>(lead.Id).ExistsAsync())
        {
            throw CollaborationException.Invalid("lead.id", $"Forum '{lead.Id}' does not exist.");
        }

        var call = await GrainFactory.GetGrain<IFundingCallGrain>(application.CallId).GetAsync();
        if (call.Status != CallStatus.Open)
        {
            throw CollaborationException.Conflict($"Funding call '{call.Id}' is {call.Status.ToString().ToLowerInvariant()}: it takes no applications.", "callId");
        }

        if (application.LeadShare is { } leadShare)
        {
            CheckRequest(call, lead.Id, leadShare, "leadShare.requested");
        }

        state.State.CallId = application.CallId;
        state.State.Title = application.Title;
        state.State.Lead = lead;
        state.State.Partners = partners;
        return await SaveAsync(partners.Select(p => p.MunicipalityId));
    }

    public async Task<FundingApplication> InviteAsync(IReadOnlyList<string> municipalityIds)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        RequireDraft("invite partners");
        var call = await Call.GetAsync();
        // An invitation once answered stays answered: a repeated invite changes nothing, and a
        // municipality that declined may still accept while the application is a draft. One that
        // lapsed unanswered may be asked again (should the call's deadline move).
        var invited = municipalityIds.Distinct().Where(id => Find(id) is null or { State: PartnerState.Expired }).ToList();
        foreach (var id in invited)
        {
            await RequireMunicipalityAsync(id, "municipalities");
        }

        var involved = Current.Partners.Count(p => p.State is PartnerState.Invited or PartnerState.Accepted) + invited.Count;
        if (!call.Details.JointAllowed && involved > 1)
        {
            throw CollaborationException.Conflict($"Funding call '{call.Id}' does not allow joint applications: only one municipality may take part.", "municipalities");
        }

        if (invited.Count == 0)
        {
            return ToApplication();
        }

        RequireBeforeDeadline(call);
        invited.ForEach(id => Replace(id, new Partner(id, PartnerState.Invited, null, IsLead: false, null)));
        return await SaveAsync(invited);
    }

    public async Task<FundingApplication> InviteForumAsync(string forumId)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        var forum = await GrainFactory.GetGrain<IForumGrain>(forumId).GetAsync();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Municipalities apply; a county council or other organisation in the forum is not invited.
        var members = forum.MembersOn(today)
            .Select(m => m.MunicipalityId)
            .Where(Bodies.IsKommunenummer)
            .Where(id => Find(id) is not { IsLead: true })
            .ToList();
        return await InviteAsync(members);
    }

    public async Task<FundingApplication> AcceptAsync(string municipalityId, PartnerShare share)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        var partner = RequireInvitee(municipalityId);
        var accepted = partner with { State = PartnerState.Accepted, Share = share };
        if (accepted == partner)
        {
            return ToApplication(); // the same answer again: one partnership, unchanged
        }

        RequireDraft("answer an invitation");
        var call = await Call.GetAsync();
        RequireBeforeDeadline(call);
        CheckRequest(call, municipalityId, share, "requested");
        Replace(municipalityId, accepted);
        return await SaveAsync([municipalityId]);
    }

    public async Task<FundingApplication> DeclineAsync(string municipalityId)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        var partner = RequireInvitee(municipalityId);
        if (partner.State == PartnerState.Declined)
        {
            return ToApplication();
        }

        await RequireOpenDraftAsync("answer an invitation");
        Replace(municipalityId, partner with { State = PartnerState.Declined, Share = null });
        return await SaveAsync([municipalityId]);
    }

    public async Task<FundingApplication> LeaveAsync(string municipalityId)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        var partner = RequireInvitee(municipalityId);
        if (partner.State != PartnerState.Accepted)
        {
            throw CollaborationException.Conflict($"Municipality {municipalityId} does not take part, so it cannot leave.");
        }

        await RequireOpenDraftAsync("leave");
        Replace(municipalityId, partner with { State = PartnerState.Left, Share = null });
        return await SaveAsync([municipalityId]);
    }

    public async Task<FundingApplication> RetitleAsync(string title)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        if (Current.Title == title)
        {
            return ToApplication();
        }

        await RequireOpenDraftAsync("change the title");
        state.State.Title = title;
        return await SaveAsync(AllPartners());
    }

    public async Task<FundingApplication> SetBudgetAsync(IReadOnlyList<BudgetLine> lines, int? expectedVersion)
    {
        Precondition.Check(Current.Version, $"Funding application '{Id}'");
        if (expectedVersion is { } expected && expected != Current.Version)
        {
            throw new CollaborationException(ErrorKind.PreconditionFailed,
                $"The application has changed since version {expected}; it is now version {Current.Version}. Read it again and redo the edit.", "version");
        }

        if (Current.Budget.SequenceEqual(lines))
        {
            return ToApplication(); // the same budget again changes nothing, even once frozen
        }

        await RequireOpenDraftAsync("change the budget");
        state.State.Budget = [.. lines];
        return await SaveAsync([]);
    }

    private void RequireDraft(string action)
    {
        if (Current.Status != ApplicationStatus.Draft)
        {
            throw CollaborationException.Conflict(
                $"The application is {Current.Status.ToString().ToLowerInvariant()}; only a draft can {action}.", "status");
        }
    }

    private Partner RequireInvitee(string municipalityId) =>
        Find(municipalityId) is { IsLead: false } partner
            ? partner
            : throw CollaborationException.NotFound($"Municipality {municipalityId} is not invited to '{Id}'.");

    private Partner? Find(string municipalityId) => Current.Partners.Find(p => p.MunicipalityId == municipalityId);

    private void Replace(string municipalityId, Partner partner)
    {
        var index = state.State.Partners.FindIndex(p => p.MunicipalityId == municipalityId);
        if (index >= 0)
        {
            state.State.Partners[index] = partner;
        }
        else
        {
            state.State.Partners.Add(partner);
        }
    }

    private async Task RequireMunicipalityAsync(string id, string field)
    {
        if (!await GrainFactory.GetGrain<IMunicipalityGrain>(id).ExistsAsync())
        {
            throw CollaborationException.Invalid(field, $"Municipality {id} is not registered.");
        }
    }

    /// <summary>
    /// The 100 000 NOK rule of the 2022 minutes: each municipality's own request is at most the
    /// call's maximum per municipality, whatever the others ask.
    /// </summary>
    private static void CheckRequest(FundingCall call, string municipalityId, PartnerShare share, string field)
    {
        var most = call.Details.MaxPerMunicipality;
        if (share.Requested > most)
        {
            throw CollaborationException.Conflict(
                $"Municipality {municipalityId} requests {share.Requested:0.00} NOK; the call gives at most {most:0.00} NOK per municipality.", field);
        }
    }
}
