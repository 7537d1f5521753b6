namespace Collaboration.Forums;

[GenerateSerializer]
public sealed class MeetingRecord
{
    [Id(0)]
    public required string Id { get; set; }

    [Id(1)]
    public required MeetingDetails Details { get; set; }

    [Id(2)]
    public List<AgendaItemRecord> Items { get; set; } = [];

    /// <summary>The forum's version at the last change to this record itself.</summary>
    [Id(3)]
    public int Version { get; set; }
}
