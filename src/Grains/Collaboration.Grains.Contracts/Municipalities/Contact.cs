namespace Collaboration.Municipalities;

/// <summary>A person at a municipality.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Role">Role, e.g. "kommunedirektør".</param>
/// <param name="Email">E-mail address, if given.</param>
/// <param name="Phone">Telephone number, if given.</param>
[GenerateSerializer, Immutable]
public sealed record Contact(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Role,
    [property: Id(2)] string? Email,
    [property: Id(3)] string? Phone);
