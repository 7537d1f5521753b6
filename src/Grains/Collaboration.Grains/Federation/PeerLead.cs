namespace Collaboration.Federation;

/// <summary>Who does a grain's outside work (following a peer, posting to it): one holder at a time, for a lease it renews.</summary>
public sealed class PeerLead(TimeProvider clock)
{
    private (string Holder, DateTimeOffset Until)? _lead;

    /// <summary>True when <paramref name="holder"/> has or now gets the lead for <paramref name="lease"/>.</summary>
    public bool Take(string holder, TimeSpan lease)
    {
        var now = clock.GetUtcNow();
        if (_lead is { } lead && lead.Holder != holder && lead.Until > now)
        {
            return false;
        }

        _lead = (holder, now + lease);
        return true;
    }
}
