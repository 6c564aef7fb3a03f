using NodaTime;

namespace Workflows.Host.Simulation;

/// <summary>
/// A <c>decisions:</c> entry: a coordinator decides about occurrence <paramref name="Date"/> of series
/// <paramref name="Series"/> at risk: <c>hold</c> or <c>cancel</c>.
/// </summary>
/// <param name="Who">Who decided, for the timeline; "simulate" when the file does not say.</param>
/// <param name="At">Local date-time of the click; null: one hour after <c>meeting.at-risk</c>, or just before the deadline when there was none.</param>
public sealed record DecisionRule(string Series, LocalDate Date, string Decision, string Who, LocalDateTime? At);
