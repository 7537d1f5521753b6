using System.Text.RegularExpressions;
using static Collaboration.Architecture.Tests.RepositoryLayout;

namespace Collaboration.Architecture.Tests;

/// <summary>
/// Every grain, core and plugin, stores a change one way (GrainCommit.CommitAsync: the write with
/// its journal change, the activation dropped on failure, then what follows), checks existence by
/// name rather than by a discard, and reads the time from the injected clock.
/// </summary>
public sealed partial class GrainSourceTests
{
    [Fact]
    public void Grains_store_changes_through_the_commit_step()
    {
        Violations.AssertNone(
            "Grains write their state with this.CommitAsync(state, …), never WriteStateAsync directly:",
            Matches(GrainSources(), StateWrite()));
    }

    [Fact]
    public void Grains_check_existence_by_name()
    {
        Violations.AssertNone(
            "A grain checks that its object exists with EnsureExists(), not a discarded read such as '_ = Profile;':",
            Matches(GrainSources(), DiscardStatement()));
    }

    [Fact]
    public void Grains_read_the_time_from_the_injected_clock()
    {
        Violations.AssertNone(
            "Grains take the time from the injected TimeProvider (clock.GetUtcNow()), never the system clock or server local time:",
            Matches(GrainSources(), SystemClock()));
    }

    // The core's grains, every plugin's grains and the shared commit step itself.
    private static List<string> GrainSources()
    {
        var folders = new[] { Path.GetDirectoryName(CoreGrains)!, Path.GetDirectoryName(Abstractions)! }
            .Concat(PluginProjects.Where(IsPluginImplementation).Select(project => Path.GetDirectoryName(project)!));
        var files = folders.SelectMany(folder => FilesUnder(folder, "*.cs"))
            .Where(file => !file.EndsWith("GrainCommit.cs", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, file => file.EndsWith("ForumGrain.cs", StringComparison.Ordinal));
        return files;
    }

    private static IEnumerable<string> Matches(IEnumerable<string> files, Regex pattern) =>
        files.SelectMany(file => File.ReadLines(file)
            .Select((line, index) => (line, number: index + 1))
            .Where(entry => pattern.IsMatch(entry.line))
            .Select(entry => $"{Show(file)}:{entry.number}: {entry.line.Trim()}"));

    [GeneratedRegex(@"\.WriteStateAsync\b|WriteOrResetAsync|WriteAuditedAsync")]
    private static partial Regex StateWrite();

    [GeneratedRegex(@"^\s*_ = (await )?[\w.]+(\(\))?;")]
    private static partial Regex DiscardStatement();

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(UtcNow|Now|Today)\b|TimeZoneInfo\.Local\b|\.ToLocalTime\(")]
    private static partial Regex SystemClock();
}
