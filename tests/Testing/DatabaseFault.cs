namespace Collaboration.Testing;

/// <summary>A real fault of a test's own database: it stops taking writes until repaired.</summary>
public interface IDatabaseFault
{
    /// <summary>Makes the database fail writes (and, for a server, connections).</summary>
    Task BreakAsync();

    /// <summary>Undoes <see cref="BreakAsync"/>; safe to call when it was not broken.</summary>
    Task RepairAsync();
}
