namespace Collaboration.Plugins;

/// <summary>A plugin: a named module switched on or off by <c>Plugins:&lt;Name&gt;:Enabled</c> (default on).</summary>
public interface ICollaborationPlugin
{
    /// <summary>The plugin's name in configuration, e.g. "Funding".</summary>
    string Name { get; }
}
