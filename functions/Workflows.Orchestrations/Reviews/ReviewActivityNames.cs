namespace Workflows.Orchestrations.Reviews;

/// <summary>Names of the bestuur talk's orchestrator and activities; recorded in history, so never renamed.</summary>
public static class ReviewActivityNames
{
    public const string Orchestrator = "ConvenantReview";
    public const string Invite = "ReviewInvite";
    public const string Remind = "ReviewRemindNonResponders";
    public const string Evaluate = "ReviewEvaluateResponses";
    public const string Reschedule = "ReviewReschedule";
    public const string RecordOutcome = "ReviewRecordOutcome";
    public const string AlertExpiry = "ReviewAlertExpiry";

    /// <summary>Asks the coordinators for the outcome of a talk that has none recorded two weeks after it.</summary>
    public const string RemindOutcome = "ReviewRemindOutcome";
}
