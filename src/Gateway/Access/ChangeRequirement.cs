using Microsoft.AspNetCore.Authorization;

namespace Collaboration.Gateway.Access;

/// <summary>The requirement of every change: the caller is one of its <see cref="Collaboration.Access.Parties"/>.</summary>
public sealed class ChangeRequirement : IAuthorizationRequirement
{
    /// <summary>The policy that holds this requirement.</summary>
    public const string Policy = "change";
}
