using Collaboration.Journal;

namespace Collaboration.Projects;

[GenerateSerializer]
public sealed class ProjectState : IJournaled, IVersioned
{
    [Id(0)]
    public ProjectProfile? Profile { get; set; }

    [Id(1)]
    public ProjectStatus Status { get; set; } = ProjectStatus.Idea;

    [Id(2)]
    public List<Participant> Participants { get; set; } = [];

    /// <summary>The change being stored; the journal keeps every earlier one.</summary>
    [Id(3)]
    public JournalChange? Change { get; set; }

    /// <summary>How many changes have been stored.</summary>
    [Id(4)]
    public int Version { get; set; }

    /// <summary>Gives participants stored before they carried versions the project's version, so each can be edited with If-Match.</summary>
    public void StampUnversioned() =>
        Participants = [.. Participants.Select(p => p.Version == 0 ? p with { Version = Version } : p)];
}
