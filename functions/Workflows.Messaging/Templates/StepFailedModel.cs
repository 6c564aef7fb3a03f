using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>
/// The notice to the coordinators that one step of a workflow still failed after its retries and was left out.
/// </summary>
/// <param name="Workflow">What the workflow is about, as its other messages name it (a meeting series, a subsidy round, a convenant).</param>
/// <param name="Step">What the step would have done, already in the message's language ("de uitnodiging versturen").</param>
/// <param name="Date">The date the step was for (a meeting's date), when it has one.</param>
/// <param name="Reason">The error's message, one line and short: never a stack trace.</param>
public sealed record StepFailedModel(
    string PartnershipName,
    string Workflow,
    string Step,
    LocalDate? Date,
    string Reason);
