namespace Collaboration.Plugins;

/// <summary>
/// Names a plugin's entry class in its assembly. The silo and the gateway find plugins by this
/// attribute alone, so neither names a plugin's types: a plugin's API assembly names its
/// <see cref="IApiPlugin"/>, its implementation assembly its <see cref="ISiloPlugin"/>.
/// </summary>
/// <param name="entry">A class with a public parameterless constructor implementing a plugin interface.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CollaborationPluginAttribute(Type entry) : Attribute
{
    /// <summary>The entry class.</summary>
    public Type Entry { get; } = entry;
}
