using Microsoft.Extensions.Configuration;

namespace Collaboration.ServiceDefaults;

/// <summary>
/// The Orleans service and cluster ids ("Orleans:ServiceId", "Orleans:ClusterId") that every
/// silo and gateway of one installation must share; a client with other ids is refused. The
/// service id keys stored state, so it must never change once data exists.
/// </summary>
public sealed record ClusterIdentity(string ServiceId, string ClusterId)
{
    /// <summary>The id used for both when none is configured.</summary>
    public const string DefaultId = "collaboration";

    public static ClusterIdentity From(IConfiguration configuration) => new(
        configuration["Orleans:ServiceId"] is { Length: > 0 } serviceId ? serviceId : DefaultId,
        configuration["Orleans:ClusterId"] is { Length: > 0 } clusterId ? clusterId : DefaultId);
}
