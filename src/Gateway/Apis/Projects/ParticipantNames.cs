using Collaboration.Organisations;

namespace Collaboration.Gateway.Apis.Projects;

/// <summary>
/// The names of the bodies taking part in projects, read from their registers when a project is
/// answered rather than copied into it, so a renamed body shows its new name everywhere.
/// </summary>
public static class ParticipantNames
{
    /// <summary>The name of each body taking part in <paramref name="projects"/>, each body asked once; null for one no longer registered.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> OfAsync(IGrainFactory grains, IEnumerable<Collaboration.Projects.Project> projects)
    {
        var ids = projects.SelectMany(p => p.Participants).Select(p => p.MunicipalityId).Distinct(StringComparer.Ordinal).ToList();
        var names = await Task.WhenAll(ids.Select(grains.NameAsync));
        return ids.Zip(names).ToDictionary(n => n.First, n => n.Second, StringComparer.Ordinal);
    }

    /// <summary>The names of the bodies taking part in one project.</summary>
    public static Task<IReadOnlyDictionary<string, string?>> OfAsync(IGrainFactory grains, Collaboration.Projects.Project project) =>
        OfAsync(grains, [project]);
}
