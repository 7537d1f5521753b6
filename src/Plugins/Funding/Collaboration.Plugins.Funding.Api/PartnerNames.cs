using Collaboration.Funding.Applications;
using Collaboration.Organisations;

namespace Collaboration.Funding.Api;

/// <summary>
/// The names of an application's municipalities, read from their register when the application is
/// answered rather than copied into it, so a renamed municipality shows its new name everywhere.
/// </summary>
internal static class PartnerNames
{
    /// <summary>The name of each partner, each municipality asked once; null for one no longer registered.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> OfAsync(IGrainFactory grains, IEnumerable<Partner> partners)
    {
        var ids = partners.Select(p => p.MunicipalityId).Distinct(StringComparer.Ordinal).ToList();
        var names = await Task.WhenAll(ids.Select(grains.NameAsync));
        return ids.Zip(names).ToDictionary(n => n.First, n => n.Second, StringComparer.Ordinal);
    }
}
