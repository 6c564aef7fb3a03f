namespace Workflows.Host.Dashboard.Overview;

/// <summary>Where an occurrence stands, in the coordinators' terms rather than the cycle's phases.</summary>
internal enum OccurrencePhase
{
    /// <summary>Not invited yet: the invitation follows on its day.</summary>
    Planned,

    /// <summary>Invited; answers are coming in until the RSVP deadline.</summary>
    Invited,

    /// <summary>The deadline passed and the quorum was met: it takes place.</summary>
    Confirmed,
}
