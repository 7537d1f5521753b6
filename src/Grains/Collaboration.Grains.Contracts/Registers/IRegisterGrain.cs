namespace Collaboration.Registers;

/// <summary>
/// The list of ids of one kind of object ("municipalities", "forums", "projects"), kept by the
/// objects themselves when they are first created, so listing never scans storage.
/// </summary>
public interface IRegisterGrain : IGrainWithStringKey
{
    /// <summary>Adds an id; adding it again changes nothing.</summary>
    Task AddAsync(string id);

    /// <summary>Removes an id, for objects that can be deleted; removing one not there changes nothing.</summary>
    Task RemoveAsync(string id);

    /// <summary>All ids, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
