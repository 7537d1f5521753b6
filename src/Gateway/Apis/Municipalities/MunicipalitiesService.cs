using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Journal;
using Collaboration.Municipalities;
using Collaboration.Registers;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Municipalities;

/// <summary>The Municipalities API: maps requests to municipality grains.</summary>
public sealed class MunicipalitiesService(IGrainFactory grains) : Api.V1.Municipalities.MunicipalitiesBase
{
    public override async Task<ListMunicipalitiesResponse> ListMunicipalities(ListMunicipalitiesRequest request, ServerCallContext context)
    {
        var page = await grains.ReadPageAsync<IMunicipalityGrain, Collaboration.Municipalities.Municipality>(Register.Municipalities,
            ListPage.Of(request.HasAfter ? request.After : null, request.HasLimit ? request.Limit : null), g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.MunicipalityState);
        var response = new ListMunicipalitiesResponse();
        if (page.Next is { } next)
        {
            response.Next = next;
        }

        response.Municipalities.AddRange(page.Items.Select(m => m.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Municipality> GetMunicipality(GetMunicipalityRequest request, ServerCallContext context) =>
        (await Grain(request.Kommunenummer).GetAsync()).ToMessage();

    public override Task<Api.V1.Municipality> PutMunicipality(PutMunicipalityRequest request, ServerCallContext context)
    {
        var grain = Grain(request.Kommunenummer);
        var profile = request.ToProfile();
        return context.PutAsync(request.HasVersion ? request.Version : null, $"/api/municipalities/{request.Kommunenummer}",
            async () => (await grain.PutAsync(profile)).ToMessage(),
            async () => (await grain.GetAsync()).ToMessage());
    }

    public override Task<Api.V1.Municipality> PatchMunicipality(PatchMunicipalityRequest request, ServerCallContext context)
    {
        var grain = Grain(request.Kommunenummer);
        return context.PatchAsync(request.Municipality, request.UpdateMask, request.HasVersion ? request.Version : null, MunicipalityMessages.Fields,
            async () => (await grain.GetAsync()).ToMessage(),
            async patched => (await grain.PutAsync(patched.ToProfile())).ToMessage());
    }

    private IMunicipalityGrain Grain(string kommunenummer) =>
        grains.GetGrain<IMunicipalityGrain>(Field.Kommunenummer(kommunenummer));
}
