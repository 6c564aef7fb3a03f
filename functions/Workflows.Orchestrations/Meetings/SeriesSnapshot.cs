namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Everything one meeting cycle needs from the configuration, resolved (selectors to people) when the cycle is
/// started or the configuration changes. Carried as orchestration input, so a running cycle never reads the file
/// itself (reads are I/O and would not replay) and a change reaches it only through <c>config-changed</c>.
/// </summary>
/// <remarks>
/// Dates are yyyy-MM-dd, times HH:mm (local wall-clock in <see cref="TimeZone"/>), enums their config keywords.
/// Parameters after <see cref="Calendar"/> have defaults: snapshots in older histories lack them.
/// </remarks>
/// <param name="Name">The series with its article ("het directieberaad"); null: the title.</param>
/// <param name="ShortName">For subjects and calendar titles; null: the title.</param>
/// <param name="Tone">"u" or "je": formal or informal in the verbs; one person is greeted by first name in both.</param>
/// <param name="MinAnswerWorkingDays">Working days at least between invitation and RSVP deadline.</param>
/// <param name="MinReminderWorkingDays">Working days at least between invitation and reminder.</param>
/// <param name="Require">The partner rule: from each requirement at least one member accepted (null: <see cref="RequireKinds"/> as before).</param>
/// <param name="AgendaUpdateWorkingDays">Working days before the meeting the agenda update goes out when the agenda changed after the invitation.</param>
/// <param name="OnMissing">What happens at the deadline when the rule is not met and no coordinator decided: "cancel", "hold" or "ask".</param>
public sealed record SeriesSnapshot(
    string PartnershipId,
    string PartnershipName,
    string SeriesId,
    string Title,
    string Organizer,
    string Language,
    string TimeZone,
    string Recurrence,
    string Start,
    string StartTime,
    string EndTime,
    string? Location,
    bool Online,
    string Holidays,
    int InviteLeadDays,
    int RsvpDeadlineDays,
    int ChairReminderDays,
    IReadOnlyList<string> FixedAgendaItems,
    IReadOnlyList<string> RequireKinds,
    int? MinAccepted,
    double LowTurnout,
    IReadOnlyList<MemberSnapshot> Members,
    MemberSnapshot? Chair,
    IReadOnlyList<MemberSnapshot> Coordinators,
    CalendarSnapshot Calendar,
    string? Name = null,
    string? ShortName = null,
    string Tone = "u",
    int MinAnswerWorkingDays = 5,
    int MinReminderWorkingDays = 2,
    IReadOnlyList<QuorumRequirementSnapshot>? Require = null,
    string OnMissing = "ask",
    int AgendaUpdateWorkingDays = 5)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}
