namespace Collaboration.Registers;

[GenerateSerializer]
public sealed class RegisterPageState
{
    [Id(0)]
    public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);
}
