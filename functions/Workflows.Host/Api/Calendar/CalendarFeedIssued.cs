namespace Workflows.Host.Api.Calendar;

/// <summary>
/// The answer of the token routes: the subscription URL of a scope (<c>series</c> or <c>person</c>) at its current
/// version. The URL is the credential: hand it only to whom the feed is for.
/// </summary>
internal sealed record CalendarFeedIssued(string Scope, string Id, int Version, Uri Url);
