using Collaboration.Forums;

namespace Collaboration.MembershipFees.Models;

/// <summary>What a member's fee is computed from.</summary>
public sealed record MemberBasis(string MunicipalityId, string Name, MembershipRole Role, int Population, int? PopulationYear, bool DoubleMember);
