namespace Collaboration.Access;

/// <summary>An object whose changes can be read back (GET …/history); there is no way to change them.</summary>
public interface IHistoryGrain : IGrainWithStringKey
{
    /// <summary>Every change to the object, oldest first; empty for an object never changed.</summary>
    Task<IReadOnlyList<AuditEntry>> GetHistoryAsync();
}
