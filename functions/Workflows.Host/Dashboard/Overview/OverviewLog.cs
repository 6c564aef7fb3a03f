using Microsoft.Extensions.Logging;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The Overview tab's log events (ids 5221–5240). Series ids and dates only: never a name or address.</summary>
internal static partial class OverviewLog
{
    public static ILogger Logger(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.Service<ILoggerFactory>().CreateLogger("Workflows.Host.Dashboard.Overview");
    }

    /// <summary>A confirmed action queued for the cycle (<see cref="DashboardLog.ActionTaken"/>), by series id and date.</summary>
    public static void Queued(DashboardRequest r, string action, OccurrenceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var logger = Logger(r);
        string occurrence = target.Meeting.Id + "/" + OccurrenceLinks.Iso(target.Date);
        DashboardLog.ActionTaken(logger, action, occurrence);
    }

    /// <summary>A resend refused before anything was queued.</summary>
    public static void NotResendable(DashboardRequest r, OccurrenceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var logger = Logger(r);
        string date = OccurrenceLinks.Iso(target.Date);
        NotResendable(logger, target.Meeting.Id, date);
    }

    /// <summary>A cancel or move refused because the occurrence has started.</summary>
    public static void NotChangeable(DashboardRequest r, OccurrenceTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var logger = Logger(r);
        string date = OccurrenceLinks.Iso(target.Date);
        NotChangeable(logger, target.Meeting.Id, date);
    }

    [LoggerMessage(EventId = 5221, Level = LogLevel.Information, Message = "Dashboard: an occurrence action was refused because the series has no running cycle.")]
    public static partial void NoRunningCycle(ILogger logger);

    [LoggerMessage(EventId = 5222, Level = LogLevel.Information, Message = "Dashboard: a resend of {Series} {Date} was refused: that occurrence is not invited or has started.")]
    public static partial void NotResendable(ILogger logger, string series, string date);

    [LoggerMessage(EventId = 5223, Level = LogLevel.Information, Message = "Dashboard: a cancel or move of {Series} {Date} was refused: that occurrence has started.")]
    public static partial void NotChangeable(ILogger logger, string series, string date);
}
