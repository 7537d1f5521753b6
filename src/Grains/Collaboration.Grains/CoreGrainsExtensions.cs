using Collaboration.Forums;
using Collaboration.Journal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration;

/// <summary>What the core grains need from the silo they run in.</summary>
public static class CoreGrainsExtensions
{
    /// <summary>
    /// Binds <see cref="FollowUpOptions"/> from the "FollowUps" section and lets reminders run as
    /// often as its check period asks. Grain storage is registered by the host under
    /// <see cref="GrainStorage.Name"/>, and a reminder service must be present.
    /// </summary>
    public static ISiloBuilder AddCoreGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection("FollowUps");
        var followUps = section.Get<FollowUpOptions>() ?? new FollowUpOptions();
        silo.Services.Configure<FollowUpOptions>(section);
        silo.Services.AddObjectKinds(configuration, CoreKinds.All);
        silo.Configure<ReminderOptions>(options =>
            options.MinimumReminderPeriod = TimeSpan.FromTicks(Math.Min(followUps.CheckPeriod.Ticks, TimeSpan.FromMinutes(1).Ticks)));
        return silo;
    }
}
