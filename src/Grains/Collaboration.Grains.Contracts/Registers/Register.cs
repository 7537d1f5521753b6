namespace Collaboration.Registers;

/// <summary>The keys of the registers.</summary>
public static class Register
{
    /// <summary>Register of municipalities.</summary>
    public const string Municipalities = "municipalities";

    /// <summary>Register of organisations: public bodies other than today's municipalities.</summary>
    public const string Organisations = "organisations";

    /// <summary>Register of forums.</summary>
    public const string Forums = "forums";

    /// <summary>Register of projects.</summary>
    public const string Projects = "projects";

    /// <summary>Register of webhook subscriptions.</summary>
    public const string Webhooks = "webhooks";
}
