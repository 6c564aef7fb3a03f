namespace Workflows.Orchestrations.Meetings;

/// <summary>The agenda of occurrence <paramref name="Date"/> (series date, yyyy-MM-dd) changed after it may have gone out.</summary>
public sealed record AgendaChangedRequest(string Date);
