using NodaTime;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>meetings</c>: one recurring meeting series.</summary>
/// <remarks>
/// <para><c>Group</c>: A group id.</para>
/// <para><c>Recurrence</c>: An RFC 5545 RRULE value without the <c>RRULE:</c> prefix, in the partnership time zone.</para>
/// <para><c>Start</c>: The first date of the series (DTSTART's date).</para>
/// <para><c>InviteLeadDays</c>: Days before an occurrence the invitation goes out.</para>
/// <para><c>RsvpDeadlineDays</c>: Days before an occurrence answers are due; always fewer than InviteLeadDays.</para>
/// <para><c>LowTurnout</c>: A fraction 0..1 of the group; fewer acceptances than this counts as low turnout.</para>
/// </remarks>
public sealed record Meeting(
    string Id,
    string Group,
    string Title,
    string Recurrence,
    LocalDate Start,
    MeetingTime Time,
    string? Location,
    bool Online,
    HolidayPolicy Holidays,
    int InviteLeadDays,
    int RsvpDeadlineDays,
    MeetingAgenda Agenda,
    MeetingQuorum Quorum,
    double LowTurnout);
