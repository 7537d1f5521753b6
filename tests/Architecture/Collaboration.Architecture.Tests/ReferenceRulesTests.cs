using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>Which core project may reference which: the gateway sees contracts only, the contracts see nothing.</summary>
public sealed class ReferenceRulesTests
{
    [Fact]
    public void Gateway_references_only_contracts_and_service_defaults()
    {
        // The gateway may run as a plain Orleans client, so it must not carry grain or plugin implementations.
        Assert.True(File.Exists(Gateway), $"{Show(Gateway)} is missing");
        Violations.AssertNone(
            "The gateway may reference only contracts projects and Collaboration.ServiceDefaults:",
            References(Gateway)
                .Where(reference => !IsContracts(reference) && !IsServiceDefaults(reference))
                .Select(reference => $"{Show(Gateway)} references {Show(reference)}"));
    }

    [Fact]
    public void Core_contracts_reference_no_other_project()
    {
        // Everyone depends on the core contracts; any reference from them would reach everyone.
        Assert.True(File.Exists(CoreContracts), $"{Show(CoreContracts)} is missing");
        Violations.AssertNone(
            "Collaboration.Grains.Contracts may reference no project:",
            References(CoreContracts).Select(reference => $"{Show(CoreContracts)} references {Show(reference)}"));
    }

    [Fact]
    public void Every_project_reference_points_at_an_existing_project()
    {
        // The rules judge references by path; a path that resolves to nothing would pass them unjudged.
        Assert.Contains(CoreContracts, Projects);
        Violations.AssertNone(
            "Project references that resolve to no file:",
            Projects.SelectMany(project => References(project)
                .Where(reference => !File.Exists(reference))
                .Select(reference => $"{Show(project)} references {Show(reference)}, which does not exist")));
    }

    [Fact]
    public void Every_project_under_src_is_one_the_rules_know()
    {
        // A project outside the known places (or a plugin project nested deeper) would escape every rule.
        string[] core = [CoreContracts, CoreGrains, Gateway, Silo, ServiceDefaults];
        var known = core.Concat(PluginProjects).ToHashSet(StringComparer.Ordinal);
        Assert.All(core, project => Assert.Contains(project, Projects));
        Violations.AssertNone(
            "Projects under src that no architecture rule covers (core projects or src/Plugins/<Name>/<Project>/<Project>.csproj):",
            Projects.Where(project => !known.Contains(project)).Select(Show));
    }
}
