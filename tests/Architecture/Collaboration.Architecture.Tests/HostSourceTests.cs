using System.Text.RegularExpressions;
using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// The silo and gateway load plugins through the shared abstractions (namespace Collaboration.Plugins)
/// and never name a plugin's own types, so adding or removing a plugin needs no change to them.
/// </summary>
public sealed partial class HostSourceTests
{
    [Fact]
    public void Silo_and_gateway_sources_do_not_name_plugin_namespaces()
    {
        // "Collaboration.Plugins" alone is the shared abstractions; a capital after it is a plugin's namespace.
        Violations.AssertNone(
            "The silo and gateway may use Collaboration.Plugins but no Collaboration.Plugins.<Name>:",
            Matches(HostSources(), PluginNamespace()));
    }

    [Fact]
    public void Silo_and_gateway_sources_do_not_name_plugin_root_namespaces()
    {
        // A plugin's root namespace is Collaboration.<Name> (e.g. Collaboration.Funding).
        var sources = HostSources();
        Violations.AssertNone(
            "The silo and gateway may not name a plugin's root namespace:",
            PluginNames.SelectMany(plugin => Matches(sources, new Regex($@"\bCollaboration\.{Regex.Escape(plugin)}\b"))));
    }

    // Asserted non-empty so that a wrong folder cannot make the search pass by finding nothing.
    private static List<string> HostSources()
    {
        var files = FilesUnder(Path.Combine(Src, "Silo"), "*.cs")
            .Concat(FilesUnder(Path.Combine(Src, "Gateway"), "*.cs"))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static IEnumerable<string> Matches(IEnumerable<string> files, Regex pattern) =>
        files.SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (line, number: index + 1))
            .Where(entry => pattern.IsMatch(entry.line))
            .Select(entry => $"{Show(file)}:{entry.number} names {pattern.Match(entry.line).Value}: {entry.line.Trim()}"));

    [GeneratedRegex(@"Collaboration\.Plugins\.[A-Z]\w*")]
    private static partial Regex PluginNamespace();
}
