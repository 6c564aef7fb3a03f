using Microsoft.Extensions.Logging;

namespace Workflows.Host.Api;

/// <summary>The API's log messages (event ids 7000–7099). No keys, tokens, names or e-mail addresses.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(7000, LogLevel.Information, "Partnership configuration {PartnershipId} stored as version {Version}.")]
    public static partial void ConfigStored(ILogger logger, string partnershipId, string version);

    [LoggerMessage(7001, LogLevel.Information, "Partnership configuration rejected with {Count} errors; nothing stored.")]
    public static partial void ConfigRejected(ILogger logger, int count);

    [LoggerMessage(7002, LogLevel.Warning, "Partnership configuration lost a concurrent replace; nothing stored.")]
    public static partial void ConfigConflict(ILogger logger);

    [LoggerMessage(7003, LogLevel.Error, "Configuration change listener {Listener} failed; the configuration stays stored.")]
    public static partial void ListenerFailed(ILogger logger, string listener, Exception exception);

    [LoggerMessage(7004, LogLevel.Warning, "Could not keep a copy of configuration version {Version} under versions/.")]
    public static partial void VersionCopyFailed(ILogger logger, string version, Exception exception);

    [LoggerMessage(7010, LogLevel.Warning, "Workflows:LinkSigningKey is not set: a random key is used, so action links sent before a restart stop working. Set a base64 key of at least 32 bytes.")]
    public static partial void LinkKeyGenerated(ILogger logger);

    [LoggerMessage(7011, LogLevel.Information, "Action link used: event {EventName} raised to instance {InstanceId}.")]
    public static partial void LinkUsed(ILogger logger, string eventName, string instanceId);

    [LoggerMessage(7012, LogLevel.Information, "Action link refused: {Reason}.")]
    public static partial void LinkRefused(ILogger logger, string reason);

    [LoggerMessage(7013, LogLevel.Error, "Action link for instance {InstanceId}: raising the event failed; the link stays usable.")]
    public static partial void LinkRaiseFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(7014, LogLevel.Information, "Agenda link for series {SeriesId}: {Count} item(s) proposed.")]
    public static partial void LinkAgendaProposed(ILogger logger, string seriesId, int count);

    [LoggerMessage(7015, LogLevel.Error, "Agenda link for series {SeriesId}: storing the proposals failed; the link stays usable.")]
    public static partial void LinkAgendaFailed(ILogger logger, string seriesId, Exception exception);

    [LoggerMessage(7020, LogLevel.Error, "Unhandled error in {Method} {Path}.")]
    public static partial void Unhandled(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(7030, LogLevel.Warning, "A request with the key header was refused: too many failed sign-ins from its client or from all clients; refused for now.")]
    public static partial void KeyThrottled(ILogger logger);
}
