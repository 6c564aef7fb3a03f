namespace Workflows.Orchestrations.Meetings;

/// <summary>Names of the external events a meeting cycle listens to, and of the timeline kinds it records.</summary>
public static class MeetingEvents
{
    /// <summary>Payload <see cref="ConfigChangedEvent"/>.</summary>
    public const string ConfigChanged = "config-changed";

    /// <summary>Payload <see cref="OccurrenceCancelRequest"/>.</summary>
    public const string OccurrenceCancel = "occurrence-cancel";

    /// <summary>Payload <see cref="OccurrenceMoveRequest"/>.</summary>
    public const string OccurrenceMove = "occurrence-move";

    /// <summary>Payload <see cref="OccurrenceResendRequest"/>.</summary>
    public const string OccurrenceResend = "occurrence-resend";

    /// <summary>Payload <see cref="OccurrenceDecisionRequest"/>: a coordinator's answer to <see cref="AtRisk"/>.</summary>
    public const string OccurrenceDecision = "occurrence-decision";

    /// <summary>Payload <see cref="AgendaChangedRequest"/>: a coordinator accepted or held over an agenda item.</summary>
    public const string AgendaChanged = "agenda-changed";

    public const string Workflow = "meeting-cycle";

    public const string AgendaRequested = "meeting.agenda-requested";

    /// <summary>No working day was left to ask the chair for agenda items before the invitation (a cycle started late).</summary>
    public const string AgendaSkipped = "meeting.agenda-skipped";
    /// <summary>Someone proposed an item for an occurrence's agenda (contract name).</summary>
    public const string AgendaItemProposed = "meeting.agenda-item-proposed";
    public const string Invited = "meeting.invited";
    public const string Updated = "meeting.updated";
    public const string Moved = "meeting.moved";
    public const string Reminded = "meeting.reminded";
    public const string Confirmed = "meeting.confirmed";
    public const string Cancelled = "meeting.cancelled";
    public const string LowTurnout = "meeting.low-turnout";

    /// <summary>The partner rule is not met ahead of the deadline: the coordinators are asked to decide (contract name).</summary>
    public const string AtRisk = "meeting.at-risk";
    public const string Held = "meeting.held";
    public const string Skipped = "meeting.skipped";

    /// <summary>The approved verslag went to the members (contract name).</summary>
    public const string MinutesSent = "meeting.minutes-sent";

    /// <summary>The owner of an open action item got their one reminder before it is due.</summary>
    public const string ActionItemReminded = "meeting.action-item-reminded";
}
