namespace Collaboration.Silo.Storage;

/// <summary>The embedded store: grain state and reminders in one SQLite file.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>
    /// Creates the data folder and schema, then registers Orleans' ADO.NET grain storage and
    /// reminder service on the SQLite file.
    /// </summary>
    public static ISiloBuilder UseSqliteStorage(this ISiloBuilder silo, StorageOptions storage)
    {
        Directory.CreateDirectory(storage.DataPath);
        SqliteSchema.Apply(storage.SqliteConnectionString);
        silo.AddAdoNetGrainStorage(GrainStorage.Name, options =>
        {
            options.Invariant = SqliteSchema.Invariant;
            options.ConnectionString = storage.SqliteConnectionString;
        });
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = SqliteSchema.Invariant;
            options.ConnectionString = storage.SqliteConnectionString;
        });

        // JSON payloads carry no .NET type names, so moving a state type never orphans its rows.
        silo.UseSystemTextJsonGrainStorageSerializer();
        return silo;
    }
}
