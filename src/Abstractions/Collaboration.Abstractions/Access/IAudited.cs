namespace Collaboration.Access;

/// <summary>A grain state that keeps the history of its changes, appended by <see cref="GrainCommit.CommitAsync"/>.</summary>
public interface IAudited
{
    /// <summary>Every change, oldest first; only ever appended to.</summary>
    List<AuditEntry> History { get; }
}
