using NodaTime;
using Workflows.Orchestrations.Minutes;

namespace Workflows.Host.Simulation;

/// <summary>
/// A <c>minutes:</c> entry: the coordinators write the verslag of occurrence <paramref name="Date"/> of series
/// <paramref name="Series"/> with its action items, at <paramref name="At"/> (by default 11:00 the day after the
/// meeting), and approve it then unless <paramref name="Approve"/> is false.
/// </summary>
/// <param name="Done">When an action item is ticked off (10:00 that day), by its key; items not in it stay open.</param>
public sealed record MinutesRule(
    string Series,
    LocalDate Date,
    string Text,
    IReadOnlyList<ActionItemDraft> ActionItems,
    bool Approve,
    LocalDateTime? At,
    IReadOnlyDictionary<string, LocalDate> Done);
