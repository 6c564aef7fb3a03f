using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;

namespace Workflows.Orchestrations;

/// <summary>What each side-effect step does, in words for the coordinators' notice of a failed step.</summary>
internal static class StepLabels
{
    public static string Of(string activity, bool english) =>
        activity switch
        {
            MeetingActivityNames.RequestAgenda => english ? "asking the chair for agenda items" : "de voorzitter om agendapunten vragen",
            MeetingActivityNames.Invite or ReviewActivityNames.Invite => english ? "sending the invitation" : "de uitnodiging versturen",
            MeetingActivityNames.UpdateInvitation => english ? "sending the updated invitation" : "de gewijzigde uitnodiging versturen",
            MeetingActivityNames.Remind or SubsidyActivityNames.Remind or ReviewActivityNames.Remind => english ? "sending the reminder" : "de herinnering versturen",
            MeetingActivityNames.Evaluate or ReviewActivityNames.Evaluate => english ? "checking the replies" : "de aan- en afmeldingen bekijken",
            MeetingActivityNames.Confirm => english ? "sending the confirmation" : "de bevestiging versturen",
            MeetingActivityNames.Cancel => english ? "sending the cancellation" : "de afzegging versturen",
            MeetingActivityNames.AlertLowTurnout => english ? "sending the low-turnout notice" : "het bericht over de lage opkomst versturen",
            MeetingActivityNames.RecordAttendance => english ? "recording who attended" : "de aanwezigheid vastleggen",
            MeetingActivityNames.RecordTimeline or SubsidyActivityNames.Reschedule => english ? "updating the timeline" : "de tijdlijn bijwerken",
            SubsidyActivityNames.Announce => english ? "sending the announcement" : "de aankondiging versturen",
            SubsidyActivityNames.Acknowledge => english ? "processing a school's reply" : "de reactie van een school verwerken",
            SubsidyActivityNames.Close => english ? "sending the summary" : "het overzicht versturen",
            SubsidyActivityNames.Withdraw => english ? "sending the withdrawal notice" : "het bericht over de intrekking versturen",
            ReviewActivityNames.Reschedule => english ? "rescheduling the board review" : "het gesprek verplaatsen",
            ReviewActivityNames.RecordOutcome => english ? "recording the outcome" : "de uitkomst vastleggen",
            ReviewActivityNames.AlertExpiry => english ? "sending the notice that the agreement expires" : "het bericht over het aflopende convenant versturen",
            _ => english ? "a step" : "een stap",
        };
}
