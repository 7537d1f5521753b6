using Google.Protobuf.Reflection;

namespace Collaboration.Access;

/// <summary>Every method's <see cref="AccessRule"/>, by gRPC method path ("/package.Service/Method").</summary>
public sealed class AccessRuleSet
{
    private readonly Dictionary<string, AccessRule> _rules = new(StringComparer.Ordinal);

    /// <summary>The method paths that have a rule.</summary>
    public IEnumerable<string> Methods => _rules.Keys;

    /// <summary>Sets the rule of <paramref name="method"/> of <paramref name="service"/>.</summary>
    public AccessRuleSet Add(ServiceDescriptor service, string method, AccessRule rule)
    {
        var found = service.FindMethodByName(method)
            ?? throw new ArgumentException($"{service.FullName} has no method {method}.", nameof(method));
        _rules[Path(service, found)] = rule;
        return this;
    }

    /// <summary>Gives every method of <paramref name="service"/> not named yet the rule <paramref name="rule"/>.</summary>
    public AccessRuleSet AddRemaining(ServiceDescriptor service, AccessRule rule)
    {
        foreach (var method in service.Methods)
        {
            _rules.TryAdd(Path(service, method), rule);
        }

        return this;
    }

    /// <summary>The rule of a method path, or null when it has none.</summary>
    public AccessRule? Find(string methodPath) => _rules.GetValueOrDefault(methodPath);

    /// <summary>The rule of a method, or null when it has none.</summary>
    public AccessRule? Find(MethodDescriptor method) => Find(Path(method.Service, method));

    /// <summary>"/package.Service/Method", as gRPC names a call.</summary>
    public static string Path(ServiceDescriptor service, MethodDescriptor method) => $"/{service.FullName}/{method.Name}";
}
