using Collaboration.JointProjects.Api;
using Collaboration.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: CollaborationPlugin(typeof(JointProjectsApi))]

namespace Collaboration.JointProjects.Api;

/// <summary>The API side of the JointProjects plugin: cost sharing under /api/joint-projects.</summary>
public sealed class JointProjectsApi : IApiPlugin
{
    /// <inheritdoc />
    public string Name => JointProjectsPlugin.Name;

    /// <inheritdoc />
    public IReadOnlyList<Journal.ObjectKind> Kinds => JointProjectsPlugin.Kinds;

    /// <inheritdoc />
    public string? DemoDataFile(string dataSet) => dataSet == DemoDataSets.Trondheimsregionen ? Path.Combine("DemoData", "joint-projects.json") : null;

    /// <inheritdoc />
    public void AddApi(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Access.IAccessRules, JointProjectsAccess>();
        services.AddSingleton(JointProjectsWords.Portfolio);
    }

    /// <inheritdoc />
    public void MapApi(IEndpointRouteBuilder endpoints) => endpoints.MapGrpcService<JointProjectsService>();
}
