using Collaboration.Access;
using Collaboration.Api.V1;

namespace Collaboration.Gateway.Apis.Municipalities;

/// <summary>Municipalities are public; a municipality's profile is its officers' to change.</summary>
public sealed class MunicipalitiesAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var municipalities = Api.V1.Municipalities.Descriptor;
        rules.Add(municipalities, "ListMunicipalities", AccessRule.PublicRead)
            .Add(municipalities, "GetMunicipality", AccessRule.PublicRead)
            .Add(municipalities, "PutMunicipality", AccessRule.Officer<PutMunicipalityRequest>(r => r.Kommunenummer))
            .Add(municipalities, "PatchMunicipality", AccessRule.Officer<PatchMunicipalityRequest>(r => r.Kommunenummer));
    }
}
