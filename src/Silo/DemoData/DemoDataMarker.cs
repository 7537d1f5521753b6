namespace Collaboration.Silo.DemoData;

/// <summary>
/// The file in the data folder that lists the demo data files already loaded there, one a line. On PostgreSQL nothing
/// else writes to the data folder, so it may not exist yet: the marker creates it.
/// </summary>
/// <param name="dataPath">The data folder.</param>
public sealed class DemoDataMarker(string dataPath)
{
    /// <summary>The marker's full path.</summary>
    public string FilePath { get; } = Path.Combine(dataPath, "demo-data.loaded");

    /// <summary>The files loaded so far; none when the marker (or its folder) does not exist.</summary>
    public async Task<IReadOnlySet<string>> LoadedAsync(CancellationToken cancellationToken) =>
        File.Exists(FilePath) ? (await File.ReadAllLinesAsync(FilePath, cancellationToken)).ToHashSet() : new HashSet<string>();

    /// <summary>Records <paramref name="file"/> as loaded.</summary>
    public async Task AddAsync(string file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataPath);
        await File.AppendAllLinesAsync(FilePath, [file], cancellationToken);
    }
}
