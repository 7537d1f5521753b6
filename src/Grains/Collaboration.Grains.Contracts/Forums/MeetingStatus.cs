namespace Collaboration.Forums;

/// <summary>Whether a meeting has been held, is still to come, or was called off.</summary>
public enum MeetingStatus
{
    /// <summary>Held: its minutes are the record.</summary>
    Held,

    /// <summary>Planned: called, not yet held.</summary>
    Planned,

    /// <summary>Cancelled: called off.</summary>
    Cancelled,
}
