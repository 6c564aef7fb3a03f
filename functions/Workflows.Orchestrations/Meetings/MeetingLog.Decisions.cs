using Microsoft.Extensions.Logging;

namespace Workflows.Orchestrations.Meetings;

/// <summary>The partner rule's and the coordinators' decision's log lines (5150–5159, apart from the cycle's own).</summary>
internal static partial class MeetingLog
{
    [LoggerMessage(EventId = 5150, Level = LogLevel.Information, Message = "Meeting {Series} of {Occurrence}: partner rule not met ahead of the deadline; {Count} coordinators asked to decide.")]
    public static partial void AtRisk(ILogger logger, string series, string occurrence, int count);
}
