using Microsoft.Extensions.Logging;

namespace Workflows.Host.Dashboard;

/// <summary>The dashboard's log events (ids 5201–5220). Never a key, token, name or address.</summary>
internal static partial class DashboardLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Dashboard: a coordinator signed in.")]
    public static partial void SignedIn(ILogger logger);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Dashboard: a sign-in with a wrong key was refused.")]
    public static partial void LoginRefused(ILogger logger);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Dashboard: a form without a valid CSRF token was refused ({Route}).")]
    public static partial void CsrfRefused(ILogger logger, string route);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Warning, Message = "Dashboard: a form that could not be read (invalid characters, too many or too long fields) was refused ({Route}).")]
    public static partial void FormUnreadable(ILogger logger, string route);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Error, Message = "Dashboard: {Method} {Route} failed.")]
    public static partial void Unhandled(ILogger logger, string method, string route, Exception exception);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Dashboard: too many sign-in attempts from one client; refused for now.")]
    public static partial void LoginThrottled(ILogger logger);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Information, Message = "Dashboard: action {Action} on {Target} queued.")]
    public static partial void ActionTaken(ILogger logger, string action, string target);
}
