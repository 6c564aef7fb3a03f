namespace Workflows.Host.Api.Calendar;

/// <summary>
/// The content of a feed token: the scope (a series id or a person id from the configuration) and the scope's token
/// version. Revoking a scope raises its version, so every token of the older version stops working at once.
/// </summary>
internal sealed record CalendarFeedToken(CalendarFeedScope Scope, string Id, int Version);
