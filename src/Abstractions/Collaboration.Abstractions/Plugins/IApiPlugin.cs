using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration.Plugins;

/// <summary>
/// The API side of a plugin, in its API assembly: gRPC services from its .proto, served as
/// gRPC and HTTP/JSON by the gateway like the core's. A disabled plugin maps nothing, so its
/// routes answer 404.
/// </summary>
public interface IApiPlugin : ICollaborationPlugin
{
    /// <summary>Registers the plugin's API services. Called only when enabled.</summary>
    void AddApi(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the plugin's gRPC services (and with them their HTTP routes). Called only when enabled.</summary>
    void MapApi(IEndpointRouteBuilder endpoints);

    /// <summary>
    /// The plugin's part of the demo data set named <paramref name="dataSet"/> (see <see cref="DemoDataSets"/>),
    /// relative to the application folder: a JSON file of API requests (see the silo's demo data),
    /// loaded after the core's; null when the plugin has none for that set.
    /// </summary>
    string? DemoDataFile(string dataSet) => null;
}
