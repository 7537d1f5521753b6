namespace Collaboration.Gateway.Tests.Versions;

/// <summary>Every editable kind the tests go through: the core's and the plugins'.</summary>
public static class EditableKinds
{
    public static IReadOnlyList<EditableKind> All { get; } = [.. CoreKinds.All, .. PluginKinds.All];
}
