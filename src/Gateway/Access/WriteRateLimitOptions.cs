namespace Collaboration.Gateway.Access;

/// <summary>How many changes one client may make (section "RateLimits:Writes"); reads are not limited.</summary>
public sealed class WriteRateLimitOptions
{
    /// <summary>Changes allowed per client in one <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window the limit counts in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
