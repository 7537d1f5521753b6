using Collaboration.Access;
using Collaboration.MembershipFees.Api.V1;

namespace Collaboration.MembershipFees.Api;

/// <summary>
/// Who may call the MembershipFees methods: every signed-in caller reads; the council's
/// secretariat proposes models, adopts one and generates the invoices.
/// </summary>
internal sealed class MembershipFeesAccess : IAccessRules
{
    public void AddTo(AccessRuleSet rules)
    {
        var service = V1.MembershipFees.Descriptor;
        foreach (var read in new[] { "GetYear", "GetModel", "Compare", "ListInvoices", "ExportInvoices" })
        {
            rules.Add(service, read, AccessRule.Read);
        }

        rules.Add(service, "PutModel", AccessRule.Secretariat<FeeModel>(r => r.Council))
            .Add(service, "PatchModel", AccessRule.Secretariat<PatchModelRequest>(r => r.Council))
            .Add(service, "Adopt", AccessRule.Secretariat<AdoptRequest>(r => r.Council))
            .Add(service, "GenerateInvoices", AccessRule.Secretariat<YearRequest>(r => r.Council));
    }
}
