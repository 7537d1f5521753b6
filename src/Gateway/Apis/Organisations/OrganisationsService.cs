using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Collaboration.Organisations;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Organisations;

/// <summary>The Organisations API: maps requests to organisation grains.</summary>
public sealed class OrganisationsService(IGrainFactory grains) : Api.V1.Organisations.OrganisationsBase
{
    public override async Task<ListOrganisationsResponse> ListOrganisations(ListOrganisationsRequest request, ServerCallContext context)
    {
        var page = await grains.ReadPageAsync<IOrganisationGrain, Collaboration.Organisations.Organisation>(Register.Organisations,
            ListPage.Of(request.HasAfter ? request.After : null, request.HasLimit ? request.Limit : null), g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.OrganisationState);
        var response = new ListOrganisationsResponse();
        if (page.Next is { } next)
        {
            response.Next = next;
        }

        response.Organisations.AddRange(page.Items.Select(o => o.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Organisation> GetOrganisation(GetOrganisationRequest request, ServerCallContext context) =>
        (await Grain(request.OrganisationNumber).GetAsync()).ToMessage();

    public override Task<Api.V1.Organisation> PutOrganisation(PutOrganisationRequest request, ServerCallContext context)
    {
        var number = Field.OrganisationNumber(request.OrganisationNumber);
        var grain = Grain(number);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/organisations/{number}",
            async () => (await grain.PutAsync(profile)).ToMessage(),
            async () => (await grain.GetAsync()).ToMessage());
    }

    public override Task<Api.V1.Organisation> PatchOrganisation(PatchOrganisationRequest request, ServerCallContext context)
    {
        var grain = Grain(request.OrganisationNumber);
        return context.PatchAsync(request.Organisation, request.UpdateMask, request.HasVersion ? request.Version : null, OrganisationMessages.Fields,
            async () => (await grain.GetAsync()).ToMessage(),
            async patched => (await grain.PutAsync(patched.ToProfile())).ToMessage());
    }

    private IOrganisationGrain Grain(string organisationNumber) =>
        grains.GetGrain<IOrganisationGrain>(Field.OrganisationNumber(organisationNumber));
}
