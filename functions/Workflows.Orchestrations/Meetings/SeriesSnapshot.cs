namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Everything one meeting cycle needs from the configuration, resolved (selectors to people) when the cycle is
/// started or the configuration changes. Carried as orchestration input, so a running cycle never reads the file
/// itself (reads are I/O and would not replay) and a change reaches it only through <c>config-changed</c>.
/// </summary>
/// <remarks>Dates are yyyy-MM-dd, times HH:mm (local wall-clock in <see cref="TimeZone"/>), enums their config keywords.</remarks>
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
    CalendarSnapshot Calendar)
{
    public bool IsEnglish => string.Equals(Language, "en", StringComparison.OrdinalIgnoreCase);
}
