using NodaTime;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>One occurrence as a card on the overview.</summary>
/// <param name="Date">The series date: the occurrence's identity in every action, also when it was moved.</param>
/// <param name="Start">Local start (on the new date when moved).</param>
/// <param name="InviteOn">The day the invitation goes out (before it has).</param>
/// <param name="Rsvp">Answers per organization; empty before the invitation.</param>
/// <param name="Risk">Set when the answers so far do not meet the quorum before the deadline.</param>
/// <param name="CanResend">Invited and not started: the invitation can be sent again.</param>
/// <param name="CanChange">Not started: it can still be cancelled or moved.</param>
internal sealed record OccurrenceCard(
    string SeriesId,
    LocalDate Date,
    LocalDateTime Start,
    LocalDateTime End,
    OccurrencePhase Phase,
    LocalDate? InviteOn,
    DateTimeOffset? RsvpDeadline,
    string? MovedReason,
    IReadOnlyList<OrganizationRsvp> Rsvp,
    QuorumRisk? Risk,
    bool CanResend,
    bool CanChange);
