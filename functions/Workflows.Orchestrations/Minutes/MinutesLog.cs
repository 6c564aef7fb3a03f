using Microsoft.Extensions.Logging;

namespace Workflows.Orchestrations.Minutes;

/// <summary>The minutes' log lines: ids and counts only, never names, addresses or the verslag itself.</summary>
internal static partial class MinutesLog
{
    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Minutes of {Series} {Date} sent to {Members} members with {ActionItems} action items")]
    public static partial void Sent(ILogger logger, string series, string date, int members, int actionItems);
}
