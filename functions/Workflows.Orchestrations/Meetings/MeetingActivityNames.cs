namespace Workflows.Orchestrations.Meetings;

/// <summary>Names of the meeting cycle's orchestrator and activities; recorded in history, so never renamed.</summary>
public static class MeetingActivityNames
{
    public const string Orchestrator = "MeetingCycle";
    public const string Plan = "MeetingPlanNextOccurrence";
    public const string RequestAgenda = "MeetingRequestAgenda";
    public const string Invite = "MeetingInvite";
    public const string UpdateInvitation = "MeetingUpdateInvitation";
    public const string Remind = "MeetingRemindNonResponders";
    public const string Evaluate = "MeetingEvaluateResponses";
    public const string Confirm = "MeetingConfirm";
    public const string Cancel = "MeetingCancel";
    public const string AlertLowTurnout = "MeetingAlertLowTurnout";
    public const string RecordAttendance = "MeetingRecordAttendance";
    public const string RecordTimeline = "MeetingRecordTimeline";
    public const string WarnAtRisk = "MeetingWarnAtRisk";
}
