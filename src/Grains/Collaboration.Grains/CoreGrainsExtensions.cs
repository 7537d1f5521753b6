using Collaboration.Forums;
using Collaboration.Idempotency;
using Collaboration.Journal;
using Collaboration.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collaboration;

/// <summary>What the core grains need from the silo they run in.</summary>
public static class CoreGrainsExtensions
{
    /// <summary>
    /// Binds <see cref="FollowUpOptions"/> from the "FollowUps" section and <see cref="WebhookOptions"/>
    /// from "Webhooks", <see cref="IdempotencyOptions"/> from "Idempotency", registers the webhook sender, and lets reminders run as often as either check
    /// period asks. Grain storage is registered by the host under
    /// <see cref="GrainStorage.Name"/>, and a reminder service must be present.
    /// </summary>
    public static ISiloBuilder AddCoreGrains(this ISiloBuilder silo, IConfiguration configuration)
    {
        var section = configuration.GetSection("FollowUps");
        var followUps = section.Get<FollowUpOptions>() ?? new FollowUpOptions();
        silo.Services.Configure<FollowUpOptions>(section);
        var webhooks = configuration.GetSection(WebhookOptions.Section);
        var webhookCheck = (webhooks.Get<WebhookOptions>() ?? new WebhookOptions()).CheckPeriod;
        silo.Services.Configure<WebhookOptions>(webhooks);
        silo.Services.AddSingleton<WebhookSender>();
        silo.Services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        silo.Services.AddObjectKinds(configuration, CoreKinds.All);
        var shortest = new[] { followUps.CheckPeriod, webhookCheck, TimeSpan.FromMinutes(1) }.Min();
        silo.Configure<ReminderOptions>(options => options.MinimumReminderPeriod = shortest);
        return silo;
    }
}
