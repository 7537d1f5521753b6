using Collaboration.ServiceDefaults;

namespace Collaboration.Silo.DemoData;

public static class DemoDataExtensions
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DemoDataOptions>(builder.Configuration.GetSection("DemoData"));
        builder.Services.AddSingleton<DemoDataLoader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoDataLoader>());
        builder.Services.AddHealthChecks().Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
            "demo-data", sp => sp.GetRequiredService<DemoDataLoader>(), null, [ServiceDefaultsExtensions.ReadyTag]));
        return builder;
    }
}
