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
/// <para><c>Name</c>: The series as a sentence names it, with its article ("het directieberaad"); null: the title.</para>
/// <para><c>ShortName</c>: A short name for subjects and calendar titles ("Directieberaad"); null: the title.</para>
/// <para><c>Tone</c>: How the messages address people: <c>u</c> (default) or <c>je</c>; formal or informal in the verbs, one person greeted by first name either way.</para>
/// <para><c>MinAnswerWorkingDays</c>: The least number of working days between the invitation and the RSVP deadline.</para>
/// <para><c>MinReminderWorkingDays</c>: The least number of working days between the invitation and the reminder.</para>
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
    double LowTurnout,
    string? Name = null,
    string? ShortName = null,
    MeetingTone Tone = MeetingTone.U,
    int MinAnswerWorkingDays = 5,
    int MinReminderWorkingDays = 2);
