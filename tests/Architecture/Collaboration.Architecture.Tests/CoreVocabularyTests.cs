using System.Text.RegularExpressions;
using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// A plugin brings its own words (kinds of portfolio entry, kinds of deadline, status words): it
/// declares them as constants in its contracts and labels them in its API, and the core names
/// none of them, so a new plugin never has to edit the core. Checked over the core's code, page
/// included, with comments left out (prose may describe what plugins do).
/// </summary>
public sealed partial class CoreVocabularyTests
{
    [Fact]
    public void The_core_names_no_plugin_word()
    {
        var words = PluginWords();
        Assert.Contains(words, w => w.Word == "application"); // the Funding plugin's kind: proves the words are found
        var sources = CoreSources();
        Violations.AssertNone(
            "The core (src/Grains, src/Abstractions, src/Gateway, src/Silo) may not name a plugin's portfolio words:",
            words.SelectMany(w => Uses(sources, w.Word, w.AsIdentifier).Select(use => $"{use} ({w.Plugin}'s word '{w.Word}')")));
    }

    [Fact]
    public void Plugin_words_are_labelled_in_the_plugin_api()
    {
        // A word a plugin reports but does not label would show raw on the page and in exports.
        Violations.AssertNone(
            "Each plugin word declared in its contracts must be labelled in its API (a PortfolioWords entry):",
            PluginNames.SelectMany(plugin =>
            {
                var labelled = LabelledWords(plugin).ToHashSet(StringComparer.Ordinal);
                return DeclaredWords(plugin).Values.Where(word => !labelled.Contains(word)).Select(word => $"{plugin}: '{word}'");
            }));
    }

    private sealed record PluginWord(string Plugin, string Word, bool AsIdentifier);

    // Kinds and deadline kinds are the plugin's own concepts, also as names (PortfolioKind.JointProject);
    // status words such as "granted" are checked as strings only, since the core's amounts are called Granted.
    private static List<PluginWord> PluginWords() =>
    [
        .. PluginNames.SelectMany(plugin => DeclaredWords(plugin).Values.Select(word => new PluginWord(plugin, word, true))
            .Concat(LabelledWords(plugin).Select(word => new PluginWord(plugin, word, false)))),
    ];

    // const string Application = "application"; in the plugin's contracts, by constant name
    private static Dictionary<string, string> DeclaredWords(string plugin) =>
        FilesUnder(Path.Combine(PluginsFolder, plugin, $"Collaboration.Plugins.{plugin}.Contracts"), "*Portfolio.cs")
            .SelectMany(file => ConstantPattern().Matches(File.ReadAllText(file)))
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    // ["draft"] = "Utkast", or [FundingPortfolio.Application] = "Søknad", in the plugin's API
    private static IEnumerable<string> LabelledWords(string plugin)
    {
        var constants = DeclaredWords(plugin);
        return FilesUnder(Path.Combine(PluginsFolder, plugin, $"Collaboration.Plugins.{plugin}.Api"), "*Words.cs")
            .SelectMany(file => LabelPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Select(key => key.Contains('.', StringComparison.Ordinal) ? constants.GetValueOrDefault(key[(key.LastIndexOf('.') + 1)..]) : key)
            .OfType<string>();
    }

    private static List<string> CoreSources()
    {
        string[] folders = ["Grains", "Abstractions", "Gateway", "Silo"];
        var files = folders.SelectMany(folder => new[] { "*.cs", "*.js", "*.html", "*.proto" }
            .SelectMany(pattern => FilesUnder(Path.Combine(Src, folder), pattern))).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static IEnumerable<string> Uses(IEnumerable<string> files, string word, bool asIdentifier)
    {
        // Status words are looked for in code only: the page's markup names the core's own sort
        // keys, and "granted" is both the Funding status and the core's granted amount.
        files = asIdentifier ? files : files.Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".js", StringComparison.Ordinal));
        var quoted = new Regex($"([\"'`]){Regex.Escape(word)}\\1");
        // As a name, not inside a path or a media type ("application/json").
        var named = new Regex($@"(?<![\w/]){Regex.Escape(word)}(?![\w/])", RegexOptions.IgnoreCase);
        return files.SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (code: WithoutComment(line), number: index + 1))
            .Where(entry => quoted.IsMatch(entry.code) || (asIdentifier && named.IsMatch(entry.code)))
            .Select(entry => $"{Show(file)}:{entry.number}: {entry.code.Trim()}"));
    }

    private static string WithoutComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal))
        {
            return "";
        }

        var comment = line.IndexOf(" // ", StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }

    [GeneratedRegex("""const string (\w+) = "([a-z]+)";""")]
    private static partial Regex ConstantPattern();

    [GeneratedRegex("""\[\s*"?([\w.]+)"?\s*\]\s*=""")]
    private static partial Regex LabelPattern();
}
