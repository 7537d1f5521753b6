namespace Collaboration.Hearings;

[GenerateSerializer]
public sealed class HearingRegisterState
{
    [Id(0)]
    public Dictionary<string, HearingListing> Hearings { get; set; } = [];
}
