using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// Which project may reference which. Every area (the core and each plugin) has three parts:
/// contracts (grain interfaces and records; Orleans only), grains (implementation and state) and
/// API (proto, service, mapping, access rules, demo data; the core's lives in the gateway). What
/// they share lives in Collaboration.Abstractions.
/// </summary>
public sealed class ReferenceRulesTests
{
    [Fact]
    public void Gateway_references_contracts_abstractions_and_plugin_apis_only()
    {
        // The gateway may run as a plain Orleans client, so it must not carry grain implementations.
        Assert.True(File.Exists(Gateway), $"{Show(Gateway)} is missing");
        Violations.AssertNone(
            "The gateway may reference only contracts, Collaboration.Abstractions, Collaboration.ServiceDefaults and plugin API projects:",
            References(Gateway)
                .Where(reference => !IsContracts(reference) && !IsAbstractions(reference) && !IsServiceDefaults(reference) && !IsPluginApi(reference))
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
    public void Contracts_reference_Orleans_only()
    {
        // Contracts are what a client of the grains needs: no ASP.NET Core, no gRPC, no edge helpers.
        var contracts = Projects.Where(IsContracts).ToList();
        Assert.Contains(CoreContracts, contracts);
        Violations.AssertNone(
            "A contracts project may use Orleans packages only, no framework reference, and reference only contracts projects:",
            contracts.SelectMany(project =>
                Items(project, "PackageReference").Where(package => !package.StartsWith("Microsoft.Orleans.", StringComparison.Ordinal))
                    .Select(package => $"{Show(project)} uses package {package}")
                .Concat(Items(project, "FrameworkReference").Select(framework => $"{Show(project)} uses framework {framework}"))
                .Concat(References(project).Where(reference => !IsContracts(reference))
                    .Select(reference => $"{Show(project)} references {Show(reference)}"))));
    }

    [Fact]
    public void Abstractions_reference_only_the_core_contracts()
    {
        Assert.True(File.Exists(Abstractions), $"{Show(Abstractions)} is missing");
        Violations.AssertNone(
            "Collaboration.Abstractions may reference only Collaboration.Grains.Contracts:",
            References(Abstractions).Where(reference => reference != CoreContracts)
                .Select(reference => $"{Show(Abstractions)} references {Show(reference)}"));
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
        string[] core = [Abstractions, CoreContracts, CoreGrains, Gateway, Silo, ServiceDefaults];
        var known = core.Concat(PluginProjects).ToHashSet(StringComparer.Ordinal);
        Assert.All(core, project => Assert.Contains(project, Projects));
        Violations.AssertNone(
            "Projects under src that no architecture rule covers (core projects or src/Plugins/<Name>/<Project>/<Project>.csproj):",
            Projects.Where(project => !known.Contains(project)).Select(Show));
    }
}
