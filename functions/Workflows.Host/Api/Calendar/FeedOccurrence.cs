using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Calendar;

/// <summary>
/// One occurrence as the feed and the year plan show it: at its planned time, or where the coordinators moved it, or
/// cancelled. <paramref name="SeriesDate"/> is the date the planner gave it, which names it for good (the UID).
/// </summary>
internal sealed record FeedOccurrence(Meeting Meeting, LocalDate SeriesDate, ZonedDateTime Start, ZonedDateTime End, bool Cancelled, bool Moved);
