using System.Collections.Concurrent;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Registers;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// The registered body a machine token's consumer is, found by its organisation number: a
/// municipality of today carrying that number in its profile (by its kommunenummer), else an
/// organisation registered under it. Answers are remembered for a minute, so a busy client
/// does not walk the municipality register on every call.
/// </summary>
public sealed class ConsumerBodies(IGrainFactory grains, TimeProvider time)
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string? Body, DateTimeOffset Until)> _known = new(StringComparer.Ordinal);

    /// <summary>The body id (a kommunenummer or the organisation number itself); null when none is registered.</summary>
    public async Task<string?> BodyOfAsync(string organisationNumber)
    {
        var now = time.GetUtcNow();
        if (_known.TryGetValue(organisationNumber, out var known) && known.Until > now)
        {
            return known.Body;
        }

        var body = await MunicipalityOfAsync(organisationNumber)
            ?? (await grains.GetGrain<IOrganisationGrain>(organisationNumber).ExistsAsync() ? organisationNumber : null);
        _known[organisationNumber] = (body, now + RememberFor);
        return body;
    }

    // A number is not unique across the registers (Indre Fosen carries Rissa's): the municipality of today wins.
    private async Task<string?> MunicipalityOfAsync(string organisationNumber)
    {
        var ids = await grains.GetGrain<IRegisterGrain>(Register.Municipalities).ListAsync();
        var municipalities = await Task.WhenAll(ids.Select(id => grains.GetGrain<IMunicipalityGrain>(id).GetAsync()));
        return ids.Zip(municipalities)
            .Where(pair => pair.Second.Profile.OrganisationNumber == organisationNumber)
            .Select(pair => pair.First)
            .FirstOrDefault();
    }
}
