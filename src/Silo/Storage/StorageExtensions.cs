using Collaboration.ServiceDefaults.Storage;

namespace Collaboration.Silo.Storage;

/// <summary>Grain state and reminders in the configured database, through Orleans' ADO.NET providers.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// Registers the ADO.NET grain storage and reminder service on <paramref name="storage"/>'s
    /// database, preceded by <see cref="DatabaseStartup"/> so the schema is there when they start.
    /// </summary>
    public static ISiloBuilder UseCollaborationStorage(this ISiloBuilder silo, StorageOptions storage)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new DatabaseStartup(storage, services.GetRequiredService<ILogger<DatabaseStartup>>()));
        silo.AddAdoNetGrainStorage(GrainStorage.Name, options =>
        {
            options.Invariant = storage.Invariant;
            options.ConnectionString = storage.EffectiveConnectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = storage.Invariant;
            options.ConnectionString = storage.EffectiveConnectionString;
        });

        // JSON payloads carry no .NET type names, so moving a state type never orphans its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();
        return silo;
    }
}
