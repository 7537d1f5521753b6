namespace Collaboration.Journal;

/// <summary>
/// A journaled state that keeps some lists of its object in rows of their own (pages), while its
/// grain holds them whole in memory: the grain says what changed in those lists, compared part by
/// part, so storing a change costs the size of what it touched rather than of the whole object.
/// The object's form, and so its journal, stays the one the state had with the lists inside it.
/// </summary>
public interface IJournaledInPages : IJournaled
{
    /// <summary>
    /// What changed in each list kept in pages, by its root field in the form ("meetings"): patch
    /// operations as a JSON array, in place of comparing that field. Set by the grain before each
    /// commit; never stored.
    /// </summary>
    IReadOnlyDictionary<string, string> PagedChanges { get; }

    /// <summary>Root fields of the form that say how the state is stored rather than what the object is: left out of what changed.</summary>
    IReadOnlyList<string> StorageFields { get; }
}
