using Workflows.Orchestrations.Meetings;

namespace Workflows.Orchestrations;

/// <summary>
/// Who hears of a failed step of a workflow and how it is named to them: the partnership's coordinators, in the
/// partnership's language, from its organizer mailbox.
/// </summary>
/// <param name="Workflow">The timeline's workflow name (<c>meeting-cycle</c>, <c>subsidy-round</c>, <c>convenant-review</c>).</param>
/// <param name="Subject">What the workflow is about, in <paramref name="Language"/> ("de vergaderreeks Proefberaad").</param>
/// <param name="Date">The date (yyyy-MM-dd) the step was for, when it has one (a meeting's date).</param>
public sealed record StepAudience(
    string PartnershipId,
    string PartnershipName,
    string Organizer,
    string Language,
    IReadOnlyList<MemberSnapshot> Coordinators,
    string Workflow,
    string Subject,
    string? Series = null,
    string? Round = null,
    string? Convenant = null,
    string? Date = null)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}
