namespace Collaboration.ServiceDefaults.Storage;

/// <summary>How a silo writes grain state to the database; both keep the same rows and either reads the other's.</summary>
public enum StorageWrites
{
    /// <summary>
    /// Concurrent writes committed together in one transaction, each caller answered after that
    /// commit: one round trip and one flush to disk for many writes.
    /// </summary>
    Grouped,

    /// <summary>Orleans' ADO.NET grain storage as it ships: one transaction and round trip per write. The reference.</summary>
    AdoNet,
}
