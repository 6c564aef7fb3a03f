namespace Workflows.Orchestrations.Meetings;

/// <summary>What became of a presence confirmation.</summary>
public enum PresenceOutcome
{
    /// <summary>Stored, replacing any earlier confirmation of the occurrence.</summary>
    Confirmed,

    /// <summary>No attendance was recorded for the occurrence: it has not been held (yet).</summary>
    NotHeld,

    /// <summary>Some organizations were not invited to the occurrence.</summary>
    NotInvited,
}
