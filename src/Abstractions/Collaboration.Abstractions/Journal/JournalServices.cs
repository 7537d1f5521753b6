using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Journal;

/// <summary>
/// What a host registers to show the journal as others see it. A silo and a gateway in one
/// process both register theirs; kinds registered twice count once.
/// </summary>
public static class JournalServices
{
    /// <summary>
    /// Registers <paramref name="kinds"/>, and once <see cref="ObjectKinds"/> over every kind registered and
    /// <see cref="ChangeEvents"/> with this installation's source from <see cref="ChangeFeedOptions"/>.
    /// </summary>
    public static IServiceCollection AddObjectKinds(this IServiceCollection services, IConfiguration configuration, IEnumerable<ObjectKind> kinds)
    {
        foreach (var kind in kinds)
        {
            services.AddSingleton(kind);
        }

        var source = ChangeFeedOptions.SourceOf(configuration);
        services.TryAddSingleton<ObjectKinds>();
        services.TryAddSingleton(services => new ChangeEvents(services.GetRequiredService<ObjectKinds>(), source));
        return services;
    }
}
