namespace Collaboration;

/// <summary>Names of the grain storage providers the core and plugin grains use; the silo registers them.</summary>
public static class GrainStorage
{
    /// <summary>The one store for all core state.</summary>
    public const string Name = "collaboration";
}
