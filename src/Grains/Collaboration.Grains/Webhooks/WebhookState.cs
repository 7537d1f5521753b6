namespace Collaboration.Webhooks;

/// <summary>
/// A subscription and where its deliverer stands. Not journaled: deliveries are not changes to
/// the record, and a journaled subscription would send its own progress as events.
/// </summary>
[GenerateSerializer]
public sealed class WebhookState
{
    [Id(0)]
    public WebhookDraft? Draft { get; set; }

    /// <summary>The signing secret, "whsec_…": the deliverer needs it, callers never see it again.</summary>
    [Id(1)]
    public string Secret { get; set; } = "";

    [Id(2)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(3)]
    public WebhookStatus Status { get; set; }

    [Id(4)]
    public string? StatusReason { get; set; }

    /// <summary>The journal position of the last change dealt with: delivered, skipped or given up on.</summary>
    [Id(5)]
    public long Cursor { get; set; }

    /// <summary>When the change after <see cref="Cursor"/> first failed, so the failure period survives restarts.</summary>
    [Id(6)]
    public DateTimeOffset? HeadFailedSince { get; set; }

    [Id(7)]
    public int HeadAttempts { get; set; }

    [Id(11)]
    public string? HeadLastError { get; set; }

    [Id(8)]
    public long Delivered { get; set; }

    [Id(9)]
    public List<WebhookFailure> Failures { get; set; } = [];

    [Id(10)]
    public bool Deleted { get; set; }
}
