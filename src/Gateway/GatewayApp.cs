using Collaboration.ServiceDefaults;

namespace Collaboration.Gateway;

/// <summary>
/// The standalone gateway: an Orleans client in front of a running cluster. The embedded default
/// (src/Silo) co-hosts the same gateway instead.
/// </summary>
public static class GatewayApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.UseOrleansClient(client => client.UseLocalhostClustering(
            gatewayPort: builder.Configuration.GetValue("Orleans:GatewayPort", 30000),
            serviceId: ClusterIdentity.ServiceId,
            clusterId: ClusterIdentity.ClusterId));
        builder.AddCollaborationGateway();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapCollaborationGateway();
        return app;
    }
}
