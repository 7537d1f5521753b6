namespace Collaboration.Funding.Municipalities;

[GenerateSerializer]
public sealed class MunicipalityFundingState
{
    [Id(0)]
    public Dictionary<string, Involvement> Involvements { get; set; } = [];
}
