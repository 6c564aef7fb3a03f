namespace Workflows.Host.Api.Subsidies;

/// <summary>
/// Body of <c>POST /api/subsidy-rounds</c>: a round registered at run time (deadline yyyy-MM-dd, the whole day counts,
/// or yyyy-MM-ddTHH:mm, local time; reminders in days before the deadline, default 30, 14, 7, 1).
/// </summary>
public sealed record SubsidyRoundRequest(
    string? Id,
    string? Title,
    string? Funder,
    string? Deadline,
    IReadOnlyList<string>? Audience,
    IReadOnlyList<int>? Reminders,
    string? Url,
    bool? ShareApplications);

/// <summary>Body of <c>PATCH /api/subsidy-rounds/{id}</c>: the new deadline (yyyy-MM-dd or yyyy-MM-ddTHH:mm) and, optionally, why.</summary>
public sealed record SubsidyRoundChange(string? Deadline, string? Reason);

/// <summary>
/// One round as <c>GET /api/subsidy-rounds</c> lists it: who applies, who declined, who has not reacted; the deadline
/// as a date, with <c>DeadlineTime</c> (HH:mm, local) when the round closes at a time of day instead of the day's end.
/// </summary>
public sealed record SubsidyRoundSummary(
    string Id,
    string Instance,
    string Title,
    string Funder,
    string Deadline,
    string Source,
    string Status,
    string Phase,
    IReadOnlyList<SubsidyRoundAnswer> Answers,
    IReadOnlyList<string> NotReacted,
    string? DeadlineTime = null);

/// <summary>A recipient's answer (person id and name from the configuration; the action <c>applying</c> or <c>declined</c>).</summary>
public sealed record SubsidyRoundAnswer(string Person, string Name, string Organization, string Action, DateTimeOffset At);
