using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// Plugins depend on contracts only, so each can be built, shipped and removed without the others.
/// The facts loop over whatever plugins exist, so they hold for zero plugins as for many.
/// </summary>
public sealed class PluginIsolationTests
{
    [Fact]
    public void Plugin_contracts_reference_only_contracts_and_service_defaults()
    {
        AssertAllowedTargetsExist();
        var contracts = PluginProjects.Where(IsContracts);
        Violations.AssertNone(
            "A plugin contracts project may reference only contracts projects and Collaboration.ServiceDefaults:",
            contracts.SelectMany(ImplementationReferences));
    }

    [Fact]
    public void Plugin_implementations_reference_no_implementation_project()
    {
        // Not Collaboration.Grains, not another plugin's implementation: they talk through grain contracts.
        AssertAllowedTargetsExist();
        var implementations = PluginProjects.Where(project => !IsContracts(project));
        Violations.AssertNone(
            "A plugin implementation may reference only contracts projects and Collaboration.ServiceDefaults:",
            implementations.SelectMany(ImplementationReferences));
    }

    [Fact]
    public void Plugin_projects_are_named_after_their_plugin_folder()
    {
        // PluginCatalog finds plugins as Collaboration.Plugins.*.dll, and the rules tell contracts by their name.
        Assert.True(Directory.Exists(Src), $"{Show(Src)} is missing");
        Violations.AssertNone(
            "Plugin projects must be src/Plugins/<Name>/<Project>/<Project>.csproj with <Project> Collaboration.Plugins.<Name>[.Contracts]:",
            PluginProjects.Where(project => !IsNamedAfterItsPlugin(project)).Select(Show));
    }

    private static IEnumerable<string> ImplementationReferences(string project) =>
        References(project)
            .Where(reference => !IsContracts(reference) && !IsServiceDefaults(reference))
            .Select(reference => $"{Show(project)} references {Show(reference)}");

    private static bool IsNamedAfterItsPlugin(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var folder = Path.GetFileName(Path.GetDirectoryName(project));
        var plugin = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(project)));
        return name == folder
            && (name == $"Collaboration.Plugins.{plugin}" || name == $"Collaboration.Plugins.{plugin}.Contracts");
    }

    // What plugins may reference must itself be found, or an empty allow-list check would prove nothing.
    private static void AssertAllowedTargetsExist()
    {
        Assert.Contains(CoreContracts, Projects);
        Assert.Contains(ServiceDefaults, Projects);
    }
}
