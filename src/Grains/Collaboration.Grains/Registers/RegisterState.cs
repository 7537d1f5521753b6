namespace Collaboration.Registers;

[GenerateSerializer]
public sealed class RegisterState
{
    /// <summary>
    /// Every id, as registers stored them before they had pages; moved into pages when the
    /// register activates, empty since.
    /// </summary>
    [Id(0)]
    public SortedSet<string> Ids { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many pages hold the ids.</summary>
    [Id(1)]
    public int Pages { get; set; }
}
