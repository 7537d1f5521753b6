namespace Collaboration.Plugins;

/// <summary>A plugin: a named module switched on or off by <c>Plugins:&lt;Name&gt;:Enabled</c> (default on).</summary>
public interface ICollaborationPlugin
{
    /// <summary>The plugin's name in configuration, e.g. "Funding".</summary>
    string Name { get; }

    /// <summary>The kinds of object on record the plugin's grains keep (empty when none): the host registers them when the plugin is enabled.</summary>
    IReadOnlyList<Journal.ObjectKind> Kinds => [];
}
