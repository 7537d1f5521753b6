using Collaboration.Journal;

namespace Collaboration.Projects;

[GenerateSerializer]
public sealed class ProjectState : IJournaled
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
}
