namespace Collaboration.Funding;

/// <summary>The Funding plugin's identity.</summary>
public static class FundingPlugin
{
    /// <summary>The name in configuration: <c>Plugins:Funding:Enabled</c>.</summary>
    public const string Name = "Funding";
}
