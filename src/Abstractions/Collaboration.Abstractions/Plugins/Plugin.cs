using System.Reflection;

namespace Collaboration.Plugins;

/// <summary>A discovered plugin entry.</summary>
/// <param name="Entry">The entry instance.</param>
/// <param name="Assembly">The assembly that named it.</param>
/// <param name="Enabled">Whether configuration switches it on.</param>
public sealed record Plugin<T>(T Entry, Assembly Assembly, bool Enabled)
    where T : class, ICollaborationPlugin;
