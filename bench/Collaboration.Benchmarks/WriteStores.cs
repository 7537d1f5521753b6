using Collaboration.ServiceDefaults.Storage;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// The stores the write figures run on: SQLite in one process, and PostgreSQL with a co-hosted and
/// with a standalone gateway where a server is given; each with every write path asked for.
/// </summary>
public static class WriteStores
{
    public static IReadOnlyList<WriteScenario> Scenarios(IReadOnlyList<StorageWrites> writes)
    {
        var stores = new List<(string Store, StorageProvider Provider, bool Standalone)> { ("SQLite, one process", StorageProvider.Sqlite, false) };
        if (Environment.GetEnvironmentVariable(PostgresServer.Variable) is { Length: > 0 })
        {
            stores.Add(("PostgreSQL, silo with co-hosted gateway", StorageProvider.Postgres, false));
            stores.Add(("PostgreSQL, silo + standalone gateway", StorageProvider.Postgres, true));
        }
        else
        {
            Console.WriteLine($"{PostgresServer.Variable} is not set: PostgreSQL is left out (eng/bench.sh starts a server).");
        }

        return [.. stores.SelectMany(store => writes.Select(w => new WriteScenario(store.Store, store.Provider, store.Standalone, w)))];
    }
}
