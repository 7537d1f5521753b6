namespace Collaboration.Silo.Storage;

/// <summary>Where the embedded store keeps its file (section "Storage").</summary>
public sealed class StorageOptions
{
    /// <summary>Folder of the SQLite file; relative paths are taken from the working directory.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>Full path of the data folder.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    /// <summary>Connection string of the SQLite file in the data folder.</summary>
    public string SqliteConnectionString => $"Data Source={Path.Combine(DataPath, "collaboration.db")};Pooling=True";
}
