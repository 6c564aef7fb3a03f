using Microsoft.Extensions.Logging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The meeting cycle's log lines (event ids 5100–5199): series and dates only, never names or addresses.</summary>
internal static partial class MeetingLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: invitation sent to {Count} people (instance {Instance}).")]
    public static partial void Invited(ILogger logger, string series, string occurrence, int count, string instance);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: event updated ({Kind}).")]
    public static partial void Updated(ILogger logger, string series, string occurrence, string kind);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: cancelled.")]
    public static partial void Cancelled(ILogger logger, string series, string occurrence);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: {Accepted} of {Invited} accepted, quorum met: {QuorumMet}, low turnout: {Low}.")]
    public static partial void Judged(ILogger logger, string series, string occurrence, int accepted, int invited, bool quorumMet, bool low);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: held, {Attended} attended.")]
    public static partial void Held(ILogger logger, string series, string occurrence, int attended);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Meeting {Series} of {Occurrence}: the calendar event to cancel was already gone; the cancellation goes on.")]
    public static partial void AlreadyGone(ILogger logger, string series, string occurrence);
}
