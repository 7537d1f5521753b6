
namespace Collaboration.MembershipFees.Models;

/// <summary>
/// A council's membership fees for one year (key: "{council}/{year}", e.g. "trondheimsregionen/2023"):
/// the draft fee models compared side by side, the one adopted by a council decision, and the
/// invoices made from it.
/// </summary>
public interface IFeeYearGrain : IGrainWithStringKey
{
    /// <summary>The year's models, the adopted one, and whether invoices exist.</summary>
    Task<FeeYear> GetAsync();

    /// <summary>Creates or replaces a draft model; Conflict once it is adopted; Invalid for unknown double members.</summary>
    Task<FeeModel> PutModelAsync(FeeModel model);

    /// <summary>One model.</summary>
    Task<FeeModel> GetModelAsync(string name);

    /// <summary>Every model of the year computed for the council's members, each against the adopted model of the year before.</summary>
    Task<FeeComparison> CompareAsync();

    /// <summary>Adopts a model by a council decision; Conflict when another is adopted for the year.</summary>
    Task<FeeYear> AdoptAsync(string name, Forums.CaseNumber decision);

    /// <summary>The adopted model's sheet, for the year after to compare with; null when none is adopted.</summary>
    Task<FeeSheet?> GetAdoptedSheetAsync();

    /// <summary>Makes one invoice per member from the adopted model; doing it again changes nothing.</summary>
    Task<IReadOnlyList<FeeInvoice>> GenerateInvoicesAsync();

    /// <summary>The invoices made, if any.</summary>
    Task<IReadOnlyList<FeeInvoice>> ListInvoicesAsync();
}
