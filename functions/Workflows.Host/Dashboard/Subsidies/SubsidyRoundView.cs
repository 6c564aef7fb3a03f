using NodaTime;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>One round as the tab shows it: deadline in force (with its time of day, if any), phase (the workflow's word) and who did what.</summary>
internal sealed record SubsidyRoundView(
    string Id,
    string Title,
    string Funder,
    LocalDate Deadline,
    string Phase,
    string? Url,
    IReadOnlyList<SubsidyPersonView> Applying,
    IReadOnlyList<SubsidyPersonView> NotForUs,
    IReadOnlyList<SubsidyPersonView> NoReaction,
    LocalTime? DeadlineTime = null);
