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
        var municipalities = await grains.ReadAllAsync<IMunicipalityGrain, Collaboration.Municipalities.Municipality>(Register.Municipalities, g => g.GetAsync(),
            ChangedSince.Of(request.ModifiedSince, request.CreatedSince), CoreKinds.MunicipalityState);
        var response = new ListMunicipalitiesResponse();
        response.Municipalities.AddRange(municipalities.Select(m => m.ToMessage()));
        return response;
    }

    public override async Task<Api.V1.Municipality> GetMunicipality(GetMunicipalityRequest request, ServerCallContext context) =>
        (await Grain(request.Kommunenummer).GetAsync()).ToMessage();

    public override async Task<Api.V1.Municipality> PutMunicipality(PutMunicipalityRequest request, ServerCallContext context)
    {
        var grain = Grain(request.Kommunenummer);
        return (await grain.PutAsync(request.ToProfile())).ToMessage();
    }

    private IMunicipalityGrain Grain(string kommunenummer) =>
        grains.GetGrain<IMunicipalityGrain>(Field.Kommunenummer(kommunenummer));
}
