namespace Workflows.Orchestrations.Meetings;

/// <summary>A coordinator's decision about an occurrence at risk (series date yyyy-MM-dd).</summary>
/// <param name="Decision">"hold" (it goes ahead) or "cancel".</param>
/// <param name="Who">Who decided (a person id or a name), for the timeline; null when unknown.</param>
public sealed record OccurrenceDecisionRequest(string Date, string Decision, string? Who = null);
