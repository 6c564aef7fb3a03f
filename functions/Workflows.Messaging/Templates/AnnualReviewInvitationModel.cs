using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>
/// The invitation to the yearly bestuursgesprek about one convenant, with its agenda: what was agreed (crebos,
/// hours per category, price per hour, totals), what to evaluate, and last year's outcome.
/// </summary>
/// <param name="Coordinators">The coordinators' names, who sign the invitation.</param>
public sealed record AnnualReviewInvitationModel(
    string PartnershipName,
    string VmboName,
    string MboName,
    ZonedDateTime Start,
    ZonedDateTime End,
    string? Location,
    IReadOnlyList<string> Crebos,
    IReadOnlyList<HourLine> Hours,
    decimal PricePerHour,
    LocalDate ValidUntil,
    IReadOnlyList<string> EvaluationItems,
    string? LastYearOutcome = null,
    IReadOnlyList<string>? Coordinators = null)
{
    public decimal TotalHours => Hours.Sum(h => h.Hours);

    public decimal TotalCost => TotalHours * PricePerHour;
}
