using Collaboration.Access;

namespace Collaboration.Projects;

[GenerateSerializer]
public sealed class ProjectState : IAudited
{
    [Id(0)]
    public ProjectProfile? Profile { get; set; }

    [Id(1)]
    public ProjectStatus Status { get; set; } = ProjectStatus.Idea;

    [Id(2)]
    public List<Participant> Participants { get; set; } = [];

    /// <summary>Who changed what, when: appended with every write, never rewritten.</summary>
    [Id(3)]
    public List<AuditEntry> History { get; set; } = [];
}
