namespace Collaboration.Projects;

[GenerateSerializer]
public sealed class ProjectState
{
    [Id(0)]
    public ProjectProfile? Profile { get; set; }

    [Id(1)]
    public ProjectStatus Status { get; set; } = ProjectStatus.Idea;

    [Id(2)]
    public List<Participant> Participants { get; set; } = [];
}
