namespace Workflows.Host.Dashboard.Overview;

/// <summary>What happens to a series date ahead.</summary>
internal enum ScheduleNoteKind
{
    /// <summary>On a closed day (holiday): no meeting.</summary>
    Skipped,

    /// <summary>Moved by the series' holiday rule (next week) or by the coordinators.</summary>
    Moved,

    /// <summary>Cancelled by the coordinators ahead of time.</summary>
    Cancelled,
}
