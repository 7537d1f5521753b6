namespace Collaboration;

/// <summary>
/// A grain state that counts its stored changes. The count is the version editors read and send
/// back (HTTP ETag and If-Match); objects kept inside the state (a forum's cases) carry the count
/// of the change that last touched them, so each has its own version.
/// </summary>
public interface IVersioned
{
    /// <summary>How many changes have been stored: raised by <see cref="GrainCommit.CommitAsync"/>, never by hand.</summary>
    int Version { get; set; }
}
