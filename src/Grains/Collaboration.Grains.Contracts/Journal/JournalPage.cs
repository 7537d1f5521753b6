namespace Collaboration.Journal;

/// <summary>Changes read from the journal, and the cursor to read on from.</summary>
/// <param name="Records">The changes, in journal order.</param>
/// <param name="Next">The cursor after the last change read (the one given when there were none).</param>
[GenerateSerializer, Immutable]
public sealed record JournalPage(
    [property: Id(0)] IReadOnlyList<JournalRecord> Records,
    [property: Id(1)] long Next);
