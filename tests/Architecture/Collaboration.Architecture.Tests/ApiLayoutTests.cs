using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// One layout for every API, core and plugin: a feature's gRPC service, its messages (mapping)
/// and its access rules side by side — the core's in src/Gateway/Apis/&lt;Feature&gt;, a plugin's in
/// its API project.
/// </summary>
public sealed class ApiLayoutTests
{
    [Fact]
    public void Every_api_feature_keeps_its_service_and_access_rules_side_by_side()
    {
        var coreFeatures = Directory.EnumerateDirectories(Path.Combine(Src, "Gateway", "Apis")).ToList();
        var pluginApis = PluginProjects.Where(IsPluginApi).Select(project => Path.GetDirectoryName(project)!).ToList();
        Assert.NotEmpty(coreFeatures);
        Assert.NotEmpty(pluginApis);
        Violations.AssertNone(
            "An API feature folder needs its *Service.cs and *Access.cs:",
            coreFeatures.Concat(pluginApis).SelectMany(folder => new[] { "*Service.cs", "*Access.cs" }
                .Where(pattern => Directory.EnumerateFiles(folder, pattern).FirstOrDefault() is null)
                .Select(pattern => $"{Show(folder)} has no {pattern}")));
    }

    [Fact]
    public void The_gateway_has_no_folders_by_technical_role()
    {
        // Services/, Mapping/ and Exports/ split one feature over three places; features keep them together.
        string[] retired = ["Services", "Mapping", "Exports"];
        Violations.AssertNone(
            "The gateway keeps services, messages and exports in src/Gateway/Apis/<Feature>, not in:",
            retired.Select(folder => Path.Combine(Src, "Gateway", folder))
                .Where(folder => FilesUnder(folder, "*.cs").Count > 0)
                .Select(Show));
    }

    [Fact]
    public void Plugin_apis_bring_their_proto_and_contracts_hold_none()
    {
        Violations.AssertNone(
            "A plugin's .proto lives in its API project (Protos/), never in contracts or grains:",
            PluginProjects.SelectMany(project =>
            {
                var protos = FilesUnder(Path.GetDirectoryName(project)!, "*.proto");
                return IsPluginApi(project)
                    ? protos.Count == 0 ? [$"{Show(project)} has no .proto"] : []
                    : protos.Select(proto => $"{Show(proto)} is outside the API project");
            }));
    }
}
