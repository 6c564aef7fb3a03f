namespace Workflows.Orchestrations.Minutes;

/// <summary>Names of the minutes orchestrator and its activities; recorded in history, so never renamed.</summary>
public static class MinutesActivityNames
{
    public const string Orchestrator = "MeetingMinutes";
    public const string Send = "MeetingSendMinutes";
    public const string RemindActionItem = "MeetingRemindActionItem";
}
