using Collaboration.Funding.Applications;
using Collaboration.Journal;

namespace Collaboration.Funding.Remote;

[GenerateSerializer]
public sealed class RemoteInvitationState : IJournaled, IVersioned
{
    /// <summary>The inviting peer's name; null before the invitation arrives.</summary>
    [Id(0)]
    public string? Peer { get; set; }

    [Id(1)]
    public string Region { get; set; } = "";

    [Id(2)]
    public RemoteInvitation? Invitation { get; set; }

    [Id(3)]
    public DateTimeOffset ReceivedAt { get; set; }

    [Id(4)]
    public PartnerState State { get; set; } = PartnerState.Invited;

    [Id(5)]
    public PartnerShare? Share { get; set; }

    /// <summary>How many answers we have given: the number of the last.</summary>
    [Id(6)]
    public int Answers { get; set; }

    [Id(7)]
    public Delivery? Answer { get; set; }

    [Id(8)]
    public string? Refusal { get; set; }

    [Id(9)]
    public int Version { get; set; }

    [Id(10)]
    public JournalChange? Change { get; set; }
}
