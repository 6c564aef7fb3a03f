namespace Workflows.Orchestrations.Subsidies;

/// <summary>Names of the subsidy round's orchestrator and activities; recorded in history, so never renamed.</summary>
public static class SubsidyActivityNames
{
    public const string Orchestrator = "SubsidyRound";
    public const string Announce = "SubsidyAnnounce";
    public const string Remind = "SubsidyRemind";
    public const string Acknowledge = "SubsidyAcknowledge";
    public const string Reschedule = "SubsidyRecordDeadlineChange";
    public const string Close = "SubsidyClose";
    public const string Withdraw = "SubsidyWithdraw";
}
