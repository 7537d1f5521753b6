
namespace Collaboration.Journal;

/// <summary>Every kind of object on record that the core and the enabled plugins registered, found by either of its names.</summary>
public sealed class ObjectKinds(IEnumerable<ObjectKind> kinds)
{
    private readonly Dictionary<string, ObjectKind> _byKind = kinds.Distinct().ToDictionary(kind => kind.Kind, StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectKind> _byState = kinds.Distinct().ToDictionary(kind => kind.StateName, StringComparer.Ordinal);

    /// <summary>Every kind, in the order registered.</summary>
    public IEnumerable<ObjectKind> All => _byKind.Values;

    /// <summary>The kind with this path word ("forums"), if any.</summary>
    public ObjectKind? ByKind(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>The kind whose state is stored under this name ("forum"), if any.</summary>
    public ObjectKind? ByStateName(string stateName) => _byState.GetValueOrDefault(stateName);
}
