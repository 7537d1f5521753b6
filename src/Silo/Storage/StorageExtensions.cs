using Collaboration.Journal;
using Collaboration.ServiceDefaults;
using Collaboration.ServiceDefaults.Storage;
using Collaboration.Silo.Journal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Storage;

namespace Collaboration.Silo.Storage;

/// <summary>Grain state and reminders in the configured database, through Orleans' ADO.NET providers.</summary>
public static class StorageExtensions
{
    // Orleans' own provider, under a name no grain uses: grains get it through the journal's wrapper.
    private const string StateStore = GrainStorage.Name + "-store";

    // Grouped transactions in flight at once on PostgreSQL: one fills while another commits.
    private const int PostgresCommitters = 2;

    /// <summary>
    /// Registers the ADO.NET grain storage (wrapped so journaled states record what changed and a
    /// database outage reaches callers as <see cref="StorageUnavailableException"/>) and
    /// reminder service (its table wrapped alike) on <paramref name="storage"/>'s database, and the journal's reader, all
    /// preceded by <see cref="DatabaseStartup"/> so the schema is there when they start.
    /// </summary>
    public static ISiloBuilder UseCollaborationStorage(this ISiloBuilder silo, StorageOptions storage)
    {
        var bounded = BoundedConnection.For(storage);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new DatabaseStartup(storage, services.GetRequiredService<ILogger<DatabaseStartup>>()));
        silo.AddAdoNetGrainStorage(StateStore, options =>
        {
            options.Invariant = storage.Invariant;
            options.ConnectionString = bounded;
        });
        silo.Services.AddSingleton<JournalSignal>();
        silo.Services.AddSingleton<DatabaseOutages>();
        silo.Services.AddSingleton<DatabaseReadyCheck>();
        silo.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [ServiceDefaultsExtensions.ReadyTag]);
        silo.Services.AddKeyedSingleton<IGrainStorage>(GrainStorage.Name, (services, _) => new JournalingGrainStorage(
            new OutageAwareGrainStorage(StateStoreOf(services, storage), services.GetRequiredService<DatabaseOutages>()),
            services.GetRequiredService<JournalSignal>()));
        silo.Services.AddSingleton(services => new GroupCommit(
            DataSource(storage, bounded),
            () => AdoNetStore(services).CurrentOperationalQueries.WriteToStorage,
            committers: storage.Provider == StorageProvider.Postgres ? PostgresCommitters : 1,
            storage.WriteBatch,
            services.GetRequiredService<ILogger<GroupCommit>>()));
        silo.Services.AddSingleton(services =>
            new SqlJournalStore(storage, services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId));
        silo.Services.AddSingleton<IJournalStore>(services =>
            new OutageAwareJournalStore(services.GetRequiredService<SqlJournalStore>(), services.GetRequiredService<DatabaseOutages>()));
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = storage.Invariant;
            options.ConnectionString = bounded;
        });
        DecorateReminderTable(silo.Services);

        // JSON payloads carry no .NET type names, so moving a state type never orphans its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();
        return silo;
    }

    // Orleans' provider, or the same with its writes grouped, as Storage:Writes says.
    private static IGrainStorage StateStoreOf(IServiceProvider services, StorageOptions storage) => storage.Writes switch
    {
        StorageWrites.AdoNet => services.GetRequiredKeyedService<IGrainStorage>(StateStore),
        _ => new GroupedGrainStorage(
            AdoNetStore(services),
            services.GetRequiredService<GroupCommit>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            StateStore),
    };

    // Orleans registers its (internal) ADO.NET table by type; it stays the store, built as Orleans
    // would build it, behind the wrapper that answers an outage.
    private static void DecorateReminderTable(IServiceCollection services)
    {
        var provider = services.Last(service => service.ServiceType == typeof(IReminderTable));
        services.Remove(provider);
        services.AddSingleton<IReminderTable>(built => new OutageAwareReminderTable(
            provider.ImplementationType is { } type
                ? (IReminderTable)ActivatorUtilities.CreateInstance(built, type)
                : (IReminderTable)(provider.ImplementationInstance ?? provider.ImplementationFactory!(built)),
            built.GetRequiredService<DatabaseOutages>()));
    }

    private static AdoNetGrainStorage AdoNetStore(IServiceProvider services) =>
        (AdoNetGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(StateStore);

    // On PostgreSQL the write query is prepared on each connection once it has run a few times, so
    // the server plans it once rather than for every write of every batch.
    private static System.Data.Common.DbDataSource DataSource(StorageOptions storage, string connectionString) =>
        storage.Provider == StorageProvider.Postgres
            ? NpgsqlDataSource.Create(Prepared(new NpgsqlConnectionStringBuilder(connectionString)))
            : SqliteFactory.Instance.CreateDataSource(connectionString);

    private static NpgsqlConnectionStringBuilder Prepared(NpgsqlConnectionStringBuilder postgres)
    {
        if (postgres.MaxAutoPrepare == 0)
        {
            postgres.MaxAutoPrepare = 8;
        }

        return postgres;
    }
}
