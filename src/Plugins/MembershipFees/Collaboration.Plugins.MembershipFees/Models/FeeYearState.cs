using Collaboration.Access;

namespace Collaboration.MembershipFees.Models;

[GenerateSerializer]
public sealed class FeeYearState : IAudited
{
    [Id(0)]
    public Dictionary<string, FeeModel> Models { get; set; } = [];

    [Id(1)]
    public string? AdoptedName { get; set; }

    /// <summary>The sheet as computed when the model was adopted: invoices and next year's comparison use it, whatever changes later.</summary>
    [Id(2)]
    public FeeSheet? AdoptedSheet { get; set; }

    [Id(3)]
    public List<FeeInvoice> Invoices { get; set; } = [];

    /// <summary>Who changed what, when: appended with every write, never rewritten.</summary>
    [Id(4)]
    public List<AuditEntry> History { get; set; } = [];
}
