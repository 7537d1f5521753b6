namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// The public record in other systems' standard formats: Popolo JSON and IATI 2.03 XML. They are
/// plain HTTP routes, not gRPC methods: the formats are the standards' own, not our contract's.
/// Everything they answer is public, so they take no token.
/// </summary>
public static class ExportsApi
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<IatiOptions>()
            .BindConfiguration(IatiOptions.Section)
            .Validate(o => OrganisationNumber.IsValid(o.ReportingOrganisation), "Exports:Iati:ReportingOrganisation must be a valid organisation number.")
            .Validate(o => o.Statuses.Values.All(code => code is >= 1 and <= 6), "Exports:Iati:Statuses must map words to IATI activity status codes 1–6.")
            .ValidateOnStart();
        return services.AddSingleton<PopoloExport>().AddSingleton<IatiExport>();
    }

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/exports/popolo", async (PopoloExport export) =>
            Results.Json(await export.ReadAsync(), PopoloExport.Json))
            .WithName("PopoloExport");
        endpoints.MapGet("/api/exports/iati.xml", async (IatiExport export) =>
            Results.Bytes(await export.WriteAsync(), "application/xml; charset=utf-8"))
            .WithName("IatiExport");
        return endpoints;
    }
}
