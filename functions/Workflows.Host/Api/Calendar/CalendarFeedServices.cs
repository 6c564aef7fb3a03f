using Workflows.Orchestrations.Timeline;

namespace Workflows.Host.Api.Calendar;

/// <summary>What the feed routes and the year plan need beyond the configuration: tokens, their versions, and the timeline's cancellations.</summary>
internal sealed record CalendarFeedServices(CalendarFeedTokens Tokens, CalendarTokenStore Versions, TimelineStore Timeline, Uri PublicBaseUrl)
{
    /// <summary>The URL of a scope's feed at its current version.</summary>
    public async Task<CalendarFeedIssued> IssueAsync(CalendarFeedScope scope, string id, CancellationToken cancellationToken)
    {
        int version = await Versions.CurrentVersionAsync(scope, id, cancellationToken).ConfigureAwait(false);
        return Issued(scope, id, version);
    }

    public CalendarFeedIssued Issued(CalendarFeedScope scope, string id, int version)
        => new(scope == CalendarFeedScope.Series ? "series" : "person", id, version, Tokens.Url(PublicBaseUrl, new CalendarFeedToken(scope, id, version)));
}
