namespace Collaboration.Registers;

/// <summary>
/// The list of ids of one kind of object ("municipalities", "forums", "projects"), kept by the
/// objects themselves when they are first created, so listing never scans storage. The ids are
/// held in memory and stored in pages of their own (<see cref="IRegisterPageGrain"/>), so adding
/// one writes one small page, not the whole list.
/// </summary>
/// <remarks>Calls for one id are expected one at a time, from that object's own grain.</remarks>
public interface IRegisterGrain : IGrainWithStringKey
{
    /// <summary>Adds an id; adding it again changes nothing.</summary>
    Task AddAsync(string id);

    /// <summary>Removes an id, for objects that can be deleted; removing one not there changes nothing.</summary>
    Task RemoveAsync(string id);

    /// <summary>All ids, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>At most <paramref name="limit"/> ids after <paramref name="after"/> (from the first when null), in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync(string? after, int limit);
}
