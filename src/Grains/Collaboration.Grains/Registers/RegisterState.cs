namespace Collaboration.Registers;

[GenerateSerializer]
public sealed class RegisterState
{
    [Id(0)]
    public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);
}
