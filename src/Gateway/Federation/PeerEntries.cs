using System.Globalization;
using Collaboration.Federation;
using Collaboration.Portfolio;

namespace Collaboration.Gateway.Federation;

/// <summary>A peer's portfolio entry, as its API answers it, made our copy of it.</summary>
public static class PeerEntries
{
    public static PortfolioItem ToCopy(this Api.V1.PortfolioEntry entry, string peer, string region) =>
        new(IPeerEntryGrain.KeyOf(peer, entry.Key),
            entry.Kind,
            entry.Title,
            entry.Status,
            [.. entry.Themes],
            null, // the peer's forums are not ours
            entry.HasFromYear ? entry.FromYear : null,
            entry.HasToYear ? entry.ToYear : null,
            [.. entry.Participants.Select(p => new PortfolioParticipant(
                p.Kommunenummer,
                Enum.TryParse<PortfolioRole>(p.Role, ignoreCase: true, out var role) ? role : PortfolioRole.Participant,
                Amount(p.Requested),
                Amount(p.Granted),
                Amount(p.OwnContribution),
                Amount(p.BudgetShare)))],
            Amount(entry.Budget),
            Amount(entry.Requested),
            Amount(entry.Granted),
            [])
        {
            Region = region,
        };

    // An amount the peer cannot state in our format counts as none rather than failing the copy.
    private static decimal Amount(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : 0;
}
