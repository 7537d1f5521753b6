using Collaboration.Access;

namespace Collaboration.Gateway.Apis.Organisations;

/// <summary>
/// Organisations are public. No token names an organisation (an officer's names a municipality),
/// so the register of organisations is the operator's to keep.
/// </summary>
public sealed class OrganisationsAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var organisations = Api.V1.Organisations.Descriptor;
        rules.Add(organisations, "ListOrganisations", AccessRule.PublicRead)
            .Add(organisations, "GetOrganisation", AccessRule.PublicRead)
            .Add(organisations, "PutOrganisation", AccessRule.AdminOnly)
            .Add(organisations, "PatchOrganisation", AccessRule.AdminOnly);
    }
}
