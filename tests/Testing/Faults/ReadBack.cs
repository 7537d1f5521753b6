using System.Collections.Concurrent;
using System.Net;

namespace Collaboration.Testing.Faults;

/// <summary>
/// After a fault, what the API holds of a <see cref="WriteLoad"/>'s projects: each project reads
/// back at least at the version last acknowledged (with that write's title when it is the version
/// stored; a write that failed without an answer may still have been stored after it), and the
/// change feed holds exactly one record of each of its versions, 1 to the stored one, so every
/// acknowledged write has its journal record and the journal nothing that was not stored.
/// </summary>
public sealed record ReadBack(int Acknowledged, int Read, IReadOnlyList<string> Lost, IReadOnlyList<string> JournalMismatches)
{
    private const int Page = 1000;

    /// <summary>Reads every project the load wrote, and the whole feed of projects, through <paramref name="reader"/>.</summary>
    public static async Task<ReadBack> CheckAsync(HttpClient reader, WriteLoad load, string prefix)
    {
        var stored = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var lost = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(load.Newest.Values, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (write, _) =>
        {
            var answer = await reader.ApiGetAsync($"/api/projects/{write.Id}");
            if (answer.Status != HttpStatusCode.OK)
            {
                lost.Add($"{write.Id}: acknowledged at version {write.Version}, read answered {(int)answer.Status}");
                return;
            }

            var version = (int)answer.Json["version"]!;
            stored[write.Id] = version;
            if (version < write.Version || (version == write.Version && (string?)answer.Json["title"] != write.Title))
            {
                lost.Add($"{write.Id}: acknowledged version {write.Version} \"{write.Title}\", read version {version} \"{answer.Json["title"]}\"");
            }
        });

        var journal = await FeedVersionsAsync(reader, prefix);
        var mismatches = new List<string>();
        foreach (var (id, version) in stored)
        {
            var recorded = journal.GetValueOrDefault(id) ?? [];
            if (!recorded.SequenceEqual(Enumerable.Range(1, version)))
            {
                mismatches.Add($"{id}: stored version {version}, journal versions [{string.Join(", ", recorded)}]");
            }
        }

        // Acknowledged versions at or below the stored one are covered by the gapless check above.
        var read = load.Acknowledged.Count(w => stored.TryGetValue(w.Id, out var version) && version >= w.Version);
        return new ReadBack(load.Acknowledged.Count, read, [.. lost], mismatches);
    }

    // The versions the feed recorded for each project of the load, in feed order.
    private static async Task<Dictionary<string, List<int>>> FeedVersionsAsync(HttpClient reader, string prefix)
    {
        var versions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var after = "0";
        while (true)
        {
            var page = await reader.ReadAsync($"/api/changes?kinds=projects&limit={Page}&after={after}");
            var changes = page["changes"]!.AsArray();
            foreach (var change in changes)
            {
                var id = (string)change!["data"]!["id"]!;
                if (id.StartsWith(prefix + "-", StringComparison.Ordinal))
                {
                    (versions.TryGetValue(id, out var list) ? list : versions[id] = []).Add((int)change["data"]!["version"]!);
                }
            }

            if (changes.Count == 0)
            {
                return versions;
            }

            after = (string)page["next"]!;
        }
    }
}
