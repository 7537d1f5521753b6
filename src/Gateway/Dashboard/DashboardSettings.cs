namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// The operators' dashboard (section "Dashboard"): Orleans' own dashboard at /dashboard, for admins
/// only. Its other keys (HideTrace, CounterUpdateIntervalMs, HistoryLength) are Orleans' dashboard options.
/// </summary>
public sealed class DashboardSettings
{
    /// <summary>Whether silos collect the dashboard's figures and gateways serve it; silos and gateways must agree.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a browser's sign-in lasts; never longer than the token it was made from.</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// When the cookie is marked Secure: over HTTPS only by default; <c>Always</c> behind a reverse
    /// proxy that ends TLS and forwards plain HTTP.
    /// </summary>
    public CookieSecurePolicy CookieSecure { get; set; } = CookieSecurePolicy.SameAsRequest;

    /// <summary>The settings as configured.</summary>
    public static DashboardSettings From(IConfiguration configuration) =>
        configuration.GetSection("Dashboard").Get<DashboardSettings>() ?? new DashboardSettings();

    /// <summary>Orleans' dashboard options, read from the same section.</summary>
    public static Action<Orleans.Dashboard.DashboardOptions> Options(IConfiguration configuration) =>
        options => configuration.GetSection("Dashboard").Bind(options);
}
