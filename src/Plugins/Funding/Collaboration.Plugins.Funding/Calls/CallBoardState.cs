namespace Collaboration.Funding.Calls;

[GenerateSerializer]
public sealed class CallBoardState
{
    [Id(0)]
    public Dictionary<string, CallNotice> Notices { get; set; } = [];
}
