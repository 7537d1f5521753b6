using Collaboration.Plugins;

namespace Collaboration.Gateway;

/// <summary>The API plugins found at start, and which of them are switched on.</summary>
/// <param name="All">Every API plugin found.</param>
public sealed record ApiPlugins(IReadOnlyList<Plugin<IApiPlugin>> All)
{
    /// <summary>The enabled ones.</summary>
    public IEnumerable<IApiPlugin> Enabled => All.Where(p => p.Enabled).Select(p => p.Entry);

    /// <summary>"Funding (on), MembershipFees (off)", or "none".</summary>
    public string Describe() =>
        All.Count == 0 ? "none" : string.Join(", ", All.Select(p => $"{p.Entry.Name} ({(p.Enabled ? "on" : "off")})"));
}
