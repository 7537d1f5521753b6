using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Testing;

/// <summary>
/// An empty database of its own for one fixture or test: a SQLite file in a temporary folder, or
/// a fresh database on the test PostgreSQL server. Which one a suite runs on is chosen by
/// COLLABORATION_TEST_STORAGE (sqlite, the default, or postgres), so the same tests cover both.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "COLLABORATION_TEST_STORAGE";

    /// <summary>Names how suites write grain state (adonet, the product's default, or grouped), so either runs the same tests.</summary>
    public const string WritesVariable = "COLLABORATION_TEST_WRITES";

    private readonly TempFolder _folder;

    private TestDatabase(StorageOptions storage, TempFolder folder)
    {
        Storage = storage;
        _folder = folder;
    }

    /// <summary>The provider the suite runs on, from COLLABORATION_TEST_STORAGE.</summary>
    public static StorageProvider SuiteProvider =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } name
            ? Enum.Parse<StorageProvider>(name, ignoreCase: true)
            : StorageProvider.Sqlite;

    /// <summary>How the suite writes grain state, from COLLABORATION_TEST_WRITES.</summary>
    public static StorageWrites SuiteWrites =>
        Environment.GetEnvironmentVariable(WritesVariable) is { Length: > 0 } name
            ? Enum.Parse<StorageWrites>(name, ignoreCase: true)
            : StorageWrites.Grouped;

    /// <summary>Where the state goes; <see cref="StorageOptions.DataDir"/> is a temporary folder either way.</summary>
    public StorageOptions Storage { get; }

    /// <summary>The same as configuration settings, for a silo or gateway started with them.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = Storage.Provider.ToString(),
        ["Storage:ConnectionString"] = Storage.ConnectionString ?? "",
        ["Storage:DataDir"] = Storage.DataDir,
        ["Storage:Writes"] = Storage.Writes.ToString(),
    };

    public static async Task<TestDatabase> CreateAsync(StorageProvider? provider = null, StorageWrites? writes = null)
    {
        var folder = new TempFolder();
        var storage = new StorageOptions { Provider = provider ?? SuiteProvider, DataDir = folder.Path, Writes = writes ?? SuiteWrites };
        if (storage.Provider == StorageProvider.Postgres)
        {
            storage.ConnectionString = await PostgresServer.CreateDatabaseAsync();
        }

        return new TestDatabase(storage, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Storage.Provider == StorageProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(Storage.EffectiveConnectionString);
        }

        _folder.Dispose();
    }
}
