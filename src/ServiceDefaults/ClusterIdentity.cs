namespace Collaboration.ServiceDefaults;

/// <summary>
/// The Orleans service and cluster ids the silo and a standalone gateway must share; a client
/// with other ids is refused by the silo.
/// </summary>
public static class ClusterIdentity
{
    public const string ServiceId = "collaboration";

    public const string ClusterId = "collaboration";
}
