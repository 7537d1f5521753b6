using Collaboration.Api;
using Collaboration.Forums;
using Collaboration.Gateway.Apis.Portfolio;
using Collaboration.Municipalities;
using Collaboration.Organisations;
using Collaboration.Portfolio;
using Collaboration.Projects;
using Collaboration.Registers;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// Reads the portfolio's projects and funding applications, the bodies in them and the projects'
/// own profiles, and writes them as IATI 2.03 activities.
/// </summary>
public sealed class IatiExport(IGrainFactory grains, PortfolioVocabulary words, IOptions<IatiOptions> options, TimeProvider clock)
{
    public async Task<byte[]> WriteAsync()
    {
        var now = clock.GetUtcNow();
        var rows = grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key).ExportAsync(PortfolioFilter.All, PortfolioSort.Title, false);
        var municipalities = grains.ReadAllAsync<IMunicipalityGrain, Municipality>(Register.Municipalities, g => g.GetAsync());
        var organisations = grains.ReadAllAsync<IOrganisationGrain, Organisation>(Register.Organisations, g => g.GetAsync());
        var forums = grains.ReadAllAsync<IForumGrain, Forum>(Register.Forums, g => g.GetAsync());
        var bodies = Bodies(await municipalities, await organisations);
        var projects = await ProjectsAsync(await rows);

        var reporter = Reporter(options.Value.ReportingOrganisation, bodies.Values);
        var activities = new IatiActivities(reporter, bodies, (await forums).ToDictionary(f => f.Id, f => f.Profile.Name, StringComparer.Ordinal),
            words.Kinds, options.Value.Statuses, words.Stages, DateOnly.FromDateTime(now.UtcDateTime));
        var written = (await rows).Select(r => activities.From(r, projects.GetValueOrDefault(r.Key))).OfType<IatiActivity>().ToList();
        return IatiXml.Write(reporter, written, now);
    }

    /// <summary>The core projects among the entries (joint projects are core projects too), by entry key.</summary>
    private async Task<Dictionary<string, Project>> ProjectsAsync(IEnumerable<PortfolioRow> rows)
    {
        var prefix = PortfolioKey.Project("");
        var keys = rows.Select(r => r.Key).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var projects = await Task.WhenAll(keys.Select(k => grains.GetGrain<IProjectGrain>(k[prefix.Length..]).GetAsync()));
        return keys.Zip(projects).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    private static Dictionary<string, IatiOrganisation> Bodies(IEnumerable<Municipality> municipalities, IEnumerable<Organisation> organisations)
    {
        var bodies = new Dictionary<string, IatiOrganisation>(StringComparer.Ordinal);
        foreach (var municipality in municipalities)
        {
            var reference = municipality.Profile.OrganisationNumber is { } number ? IatiOrganisation.RefOf(number) : null;
            bodies[municipality.Id] = new(reference, municipality.Profile.Name, IatiOrganisation.LocalGovernment, IatiOrganisation.Implementing);
        }

        foreach (var organisation in organisations)
        {
            var type = organisation.Profile.Kind == OrganisationKind.PublicBody ? IatiOrganisation.OtherPublicSector : IatiOrganisation.LocalGovernment;
            bodies[organisation.Id] = new(IatiOrganisation.RefOf(organisation.Id), organisation.Profile.Name, type, IatiOrganisation.Implementing);
        }

        return bodies;
    }

    /// <summary>The body with the configured organisation number (a municipality's is in its profile); its number as its name when unregistered.</summary>
    private static IatiOrganisation Reporter(string organisationNumber, IEnumerable<IatiOrganisation> bodies)
    {
        var reference = IatiOrganisation.RefOf(organisationNumber);
        return bodies.FirstOrDefault(b => b.Ref == reference)
            ?? new IatiOrganisation(reference, organisationNumber, IatiOrganisation.LocalGovernment, IatiOrganisation.Accountable);
    }
}
