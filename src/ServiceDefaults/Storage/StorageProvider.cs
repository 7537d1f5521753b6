namespace Collaboration.ServiceDefaults.Storage;

/// <summary>The database an installation keeps its grain state, reminders and membership in.</summary>
public enum StorageProvider
{
    /// <summary>The embedded default: one SQLite file, one silo, membership on loopback.</summary>
    Sqlite,

    /// <summary>Production: a PostgreSQL database shared by every silo and gateway of the cluster.</summary>
    Postgres,
}
