namespace Collaboration.Journal;

/// <summary>
/// A grain state whose every stored change is on record in the journal. The state carries only
/// the change being stored (<see cref="Change"/>); the database moves it into the journal in the
/// same transaction as the write, so the state stays the same size however often it changes.
/// </summary>
public interface IJournaled
{
    /// <summary>The change being stored now: set by <see cref="GrainCommit.CommitAsync"/>, never by hand.</summary>
    JournalChange? Change { get; set; }
}
