namespace Workflows.Orchestrations.Minutes;

/// <summary>An action item as a coordinator enters it, before it has a key: owner is a person id, due yyyy-MM-dd.</summary>
public sealed record ActionItemDraft(string What, string Owner, string Due);
