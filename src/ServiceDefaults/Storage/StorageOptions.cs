using Microsoft.Extensions.Configuration;

namespace Collaboration.ServiceDefaults.Storage;

/// <summary>
/// Where an installation keeps its state (section "Storage"). Silos and standalone gateways read
/// the same section, so one setting moves the whole installation from SQLite to PostgreSQL.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The ADO.NET invariant Orleans resolves to Microsoft.Data.Sqlite's factory.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    /// <summary>The ADO.NET invariant of Npgsql.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary><see cref="StorageProvider.Sqlite"/> (the default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The database's connection string; required for PostgreSQL. For SQLite it may be left out,
    /// and the file <c>collaboration.db</c> in <see cref="DataDir"/> is used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the SQLite file and of local markers; relative paths are taken from the working directory.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>How long start-up waits for the database before it gives up with an error.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long one grain-state or reminder operation may wait for the database (to connect, for a
    /// lock, for an answer) before it fails and the request answers 503, where the connection string
    /// sets no timeout of its own.
    /// </summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <see cref="StorageWrites.Grouped"/> (the default): concurrent grain writes share one
    /// transaction; <see cref="StorageWrites.AdoNet"/>: Orleans' ADO.NET provider writes each
    /// alone, kept as the reference the benchmark measures beside it.
    /// </summary>
    public StorageWrites Writes { get; set; } = StorageWrites.Grouped;

    /// <summary>The most grain writes one grouped transaction takes; more wait for the next.</summary>
    public int WriteBatch { get; set; } = 128;

    /// <summary>Full path of the data folder.</summary>
    public string DataPath => Path.GetFullPath(DataDir);

    /// <summary>The ADO.NET invariant Orleans' providers load for <see cref="Provider"/>.</summary>
    public string Invariant => Provider == StorageProvider.Postgres ? PostgresInvariant : SqliteInvariant;

    /// <summary>The connection string in effect for <see cref="Provider"/>.</summary>
    public string EffectiveConnectionString => Provider switch
    {
        StorageProvider.Postgres => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres.")
            : ConnectionString,
        _ => string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(DataPath, "collaboration.db")};Pooling=True"
            : ConnectionString,
    };

    /// <summary>Reads the "Storage" section; an unknown provider name is an error, not a silent default.</summary>
    public static StorageOptions From(IConfiguration configuration) =>
        configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions();
}
