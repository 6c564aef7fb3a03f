using Azure;
using Microsoft.Extensions.Logging;
using NodaTime.Text;
using Workflows.Messaging;
using Workflows.Messaging.Templates;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations;

/// <summary>
/// Records a step that failed for good (<c>workflow.step-failed</c>) and tells the coordinators, once: the mail and
/// the timeline row both carry the report's key, so a redelivered report adds neither twice.
/// </summary>
/// <remarks>
/// Uses the meeting services for the gateway and the timeline: all three workflows share that mailbox and table.
/// </remarks>
internal sealed partial class StepFailureActivities(MeetingServices services)
{
    private readonly ILogger _logger = services.LoggerFactory.CreateLogger<StepFailureActivities>();

    public async Task<bool> ReportAsync(StepContext context, StepFailedInput input)
    {
        var a = input.Audience;
        StepFailed(_logger, input.Step, input.Instance);
        try
        {
            await services.Timeline.RecordAsync(
                a.PartnershipId,
                context.IdempotencyKey,
                new TimelineEvent(input.At, WorkflowEvents.StepFailed, a.Workflow, input.Instance, [.. a.Coordinators.Select(c => c.Email)], a.Series, null, null, input.Reason)
                {
                    Round = a.Round,
                    Convenant = a.Convenant,
                    Date = a.Date,
                    Step = input.Step,
                },
                context.CancellationToken);
        }
        catch (RequestFailedException e)
        {
            // The timeline itself may be what failed: the coordinators still hear of it.
            TimelineUnavailable(_logger, e.Status, input.Instance);
        }

        if (a.Coordinators.Count == 0)
        {
            return false;
        }

        var language = a.IsEnglish ? MessageLanguage.English : MessageLanguage.Dutch;
        var date = a.Date is not null && LocalDatePattern.Iso.Parse(a.Date) is { Success: true } parsed ? parsed.Value : (NodaTime.LocalDate?)null;
        var message = MessageTemplates.StepFailed(new StepFailedModel(a.PartnershipName, a.Subject, StepLabels.Of(input.Step, a.IsEnglish), date, input.Reason), language);
        await services.Gateway.SendMailAsync(
            new MailMessage(
                context.IdempotencyKey,
                a.Organizer,
                [.. a.Coordinators.Select(c => new Recipient(c.Email, c.Name))],
                [],
                message.Subject,
                message.Body,
                [],
                MessageLabels.Of(WorkflowEvents.StepFailed, ("partnership", a.PartnershipId), ("instance", input.Instance), ("step", input.Step)) with
                {
                    FileLabel = OutboxFileLabels.Of(a.Date ?? OutboxFileLabels.Date(input.At, null), a.Series ?? a.Round ?? a.Convenant, WorkflowEvents.StepFailed, a.IsEnglish),
                }),
            context.CancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Step {Step} of {Instance} failed after its retries; the workflow goes on without it")]
    private static partial void StepFailed(ILogger logger, string step, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The failed step of {Instance} could not be recorded on the timeline (status {Status}); the coordinators are told anyway")]
    private static partial void TimelineUnavailable(ILogger logger, int status, string instance);
}
