namespace Collaboration.Registers;

/// <summary>
/// One stored page of a register's ids, written by its register alone: at most
/// <see cref="Capacity"/> ids, so a write stays small however long the register grows. Writes
/// asked for while one is under way go together in the next.
/// </summary>
public interface IRegisterPageGrain : IGrainWithStringKey
{
    /// <summary>Most ids a register places in one page.</summary>
    const int Capacity = 256;

    /// <summary>The key of page <paramref name="number"/> (from 0) of the register <paramref name="register"/>.</summary>
    static string Key(string register, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{register}#{number}");

    /// <summary>Adds ids; those already there change nothing. Returns when they are stored.</summary>
    Task AddAsync(IReadOnlyList<string> ids);

    /// <summary>Removes an id; one not there changes nothing. Returns when it is stored.</summary>
    Task RemoveAsync(string id);

    /// <summary>The page's ids, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}
