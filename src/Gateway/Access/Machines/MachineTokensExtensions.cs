namespace Collaboration.Gateway.Access.Machines;

/// <summary>Registers <see cref="MachineTokens"/>: one per process, so every caller shares the kept token.</summary>
public static class MachineTokensExtensions
{
    public static IServiceCollection AddMachineTokens(this IServiceCollection services)
    {
        services.AddHttpClient(MachineTokens.Client, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<MachineTokens>();
        return services;
    }
}
