using System.Xml.Linq;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// The repository as files: where the projects are and which projects each one references.
/// Rules read csproj files rather than compiled assemblies, so a wrong reference is caught even
/// before the code that uses it compiles.
/// </summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string Src => Path.Combine(Root, "src");

    public static string PluginsFolder => Path.Combine(Src, "Plugins");

    public static string Gateway => Path.Combine(Src, "Gateway", "Collaboration.Gateway.csproj");

    public static string Silo => Path.Combine(Src, "Silo", "Collaboration.Silo.csproj");

    public static string Abstractions =>
        Path.Combine(Src, "Abstractions", "Collaboration.Abstractions", "Collaboration.Abstractions.csproj");

    public static string CoreContracts =>
        Path.Combine(Src, "Grains", "Collaboration.Grains.Contracts", "Collaboration.Grains.Contracts.csproj");

    public static string CoreGrains =>
        Path.Combine(Src, "Grains", "Collaboration.Grains", "Collaboration.Grains.csproj");

    public static string ServiceDefaults =>
        Path.Combine(Src, "ServiceDefaults", "Collaboration.ServiceDefaults.csproj");

    /// <summary>Every project under src, at any depth (build output excluded).</summary>
    public static IReadOnlyList<string> Projects => FilesUnder(Src, "*.csproj");

    /// <summary>Plugin projects by the convention src/Plugins/&lt;Name&gt;/&lt;Project&gt;/&lt;Project&gt;.csproj.</summary>
    public static IReadOnlyList<string> PluginProjects =>
        !Directory.Exists(PluginsFolder)
            ? []
            : [.. Directory.EnumerateDirectories(PluginsFolder)
                .SelectMany(plugin => Directory.EnumerateDirectories(plugin))
                .SelectMany(project => Directory.EnumerateFiles(project, "*.csproj"))
                .Order(StringComparer.Ordinal)];

    /// <summary>Plugin folder names (src/Plugins/&lt;Name&gt;), which are also their root namespaces' last part.</summary>
    public static IReadOnlyList<string> PluginNames =>
        !Directory.Exists(PluginsFolder)
            ? []
            : [.. Directory.EnumerateDirectories(PluginsFolder).Select(Path.GetFileName).OfType<string>()];

    public static bool IsContracts(string project) =>
        project.EndsWith(".Contracts.csproj", StringComparison.Ordinal);

    /// <summary>A plugin's API project: proto, gRPC service, mapping, access rules, demo data.</summary>
    public static bool IsPluginApi(string project) =>
        project.StartsWith(PluginsFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        && project.EndsWith(".Api.csproj", StringComparison.Ordinal);

    /// <summary>A plugin's implementation project: its grains beside their state.</summary>
    public static bool IsPluginImplementation(string project) =>
        PluginProjects.Contains(project) && !IsContracts(project) && !IsPluginApi(project);

    public static bool IsAbstractions(string project) =>
        string.Equals(Path.GetFullPath(project), Abstractions, StringComparison.Ordinal);

    public static bool IsServiceDefaults(string project) =>
        string.Equals(Path.GetFullPath(project), ServiceDefaults, StringComparison.Ordinal);

    /// <summary>The Include of every item of one kind (PackageReference, FrameworkReference) in the project.</summary>
    public static IReadOnlyList<string> Items(string project, string kind) =>
        [.. XDocument.Load(project)
            .Descendants()
            .Where(element => element.Name.LocalName == kind)
            .Select(element => (string?)element.Attribute("Include"))
            .OfType<string>()];

    /// <summary>Full paths of the project's ProjectReference items, resolved relative to the csproj.</summary>
    public static IReadOnlyList<string> References(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        return [.. XDocument.Load(project)
            .Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => (string?)element.Attribute("Include"))
            .OfType<string>()
            .Select(include => include
                .Replace("$(MSBuildThisFileDirectory)", folder + "/", StringComparison.Ordinal)
                .Replace("$(MSBuildProjectDirectory)", folder, StringComparison.Ordinal)
                .Replace('\\', '/'))
            .Select(include => Path.GetFullPath(include, folder))];
    }

    /// <summary>Files matching the pattern under a folder, skipping bin/ and obj/ (generated copies).</summary>
    public static IReadOnlyList<string> FilesUnder(string folder, string pattern) =>
        !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(folder, file)
                    .Split(Path.DirectorySeparatorChar)
                    .Any(part => part is "bin" or "obj"))
                .Order(StringComparer.Ordinal)];

    /// <summary>A path as the failure messages show it: relative to the repository root.</summary>
    public static string Show(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    // Tests run from bin/<configuration>/<framework>; the solution file marks the root.
    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Collaboration.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Collaboration.sln above {AppContext.BaseDirectory}.");
    }
}
