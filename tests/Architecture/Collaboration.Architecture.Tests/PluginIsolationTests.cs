using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// Plugins depend on contracts and the shared abstractions only, so each can be built, shipped
/// and removed without the others. The facts loop over whatever plugins exist, so they hold for
/// zero plugins as for many.
/// </summary>
public sealed class PluginIsolationTests
{
    [Fact]
    public void Every_plugin_has_contracts_grains_and_an_api()
    {
        Assert.True(Directory.Exists(PluginsFolder), $"{Show(PluginsFolder)} is missing");
        Violations.AssertNone(
            "Each plugin is src/Plugins/<Name>/ with Collaboration.Plugins.<Name>.Contracts, Collaboration.Plugins.<Name> and Collaboration.Plugins.<Name>.Api:",
            PluginNames.SelectMany(plugin => new[] { $"Collaboration.Plugins.{plugin}.Contracts", $"Collaboration.Plugins.{plugin}", $"Collaboration.Plugins.{plugin}.Api" }
                .Select(name => Path.Combine(PluginsFolder, plugin, name, $"{name}.csproj"))
                .Where(project => !File.Exists(project))
                .Select(project => $"{Show(project)} is missing")));
    }

    [Fact]
    public void Plugin_implementations_reference_only_contracts_and_abstractions()
    {
        // Not Collaboration.Grains, not another plugin's grains, not an API: they talk through grain contracts.
        AssertAllowedTargetsExist();
        Violations.AssertNone(
            "A plugin implementation may reference only contracts projects and Collaboration.Abstractions:",
            PluginProjects.Where(IsPluginImplementation).SelectMany(project => ReferencesOtherThan(project, IsContracts, IsAbstractions)));
    }

    [Fact]
    public void Plugin_apis_reference_only_contracts_and_abstractions()
    {
        // The gateway loads a plugin's API; it must bring no grains with it.
        AssertAllowedTargetsExist();
        Violations.AssertNone(
            "A plugin API project may reference only contracts projects and Collaboration.Abstractions:",
            PluginProjects.Where(IsPluginApi).SelectMany(project => ReferencesOtherThan(project, IsContracts, IsAbstractions)));
    }

    [Fact]
    public void Plugin_projects_are_named_after_their_plugin_folder()
    {
        // The rules tell the three parts apart by their names.
        Assert.True(Directory.Exists(Src), $"{Show(Src)} is missing");
        Violations.AssertNone(
            "Plugin projects must be src/Plugins/<Name>/<Project>/<Project>.csproj with <Project> Collaboration.Plugins.<Name>[.Contracts|.Api]:",
            PluginProjects.Where(project => !IsNamedAfterItsPlugin(project)).Select(Show));
    }

    private static IEnumerable<string> ReferencesOtherThan(string project, params Func<string, bool>[] allowed) =>
        References(project)
            .Where(reference => !allowed.Any(isAllowed => isAllowed(reference)))
            .Select(reference => $"{Show(project)} references {Show(reference)}");

    private static bool IsNamedAfterItsPlugin(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var folder = Path.GetFileName(Path.GetDirectoryName(project));
        var plugin = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(project)));
        string[] parts = [$"Collaboration.Plugins.{plugin}", $"Collaboration.Plugins.{plugin}.Contracts", $"Collaboration.Plugins.{plugin}.Api"];
        return name == folder && parts.Contains(name);
    }

    // What plugins may reference must itself be found, or an empty allow-list check would prove nothing.
    private static void AssertAllowedTargetsExist()
    {
        Assert.Contains(CoreContracts, Projects);
        Assert.Contains(Abstractions, Projects);
        Assert.Contains(PluginProjects, IsPluginApi);
    }
}
