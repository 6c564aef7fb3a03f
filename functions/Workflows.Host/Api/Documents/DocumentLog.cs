using Microsoft.Extensions.Logging;

namespace Workflows.Host.Api.Documents;

/// <summary>The documents' log messages (event ids 7100–7119). Ids and sizes only: no file names (they can name people), no tokens.</summary>
internal static partial class DocumentLog
{
    [LoggerMessage(7100, LogLevel.Information, "Document {DocumentId} ({Size} bytes) for series {SeriesId} on {Date}: created {Created}.")]
    public static partial void Stored(ILogger logger, string seriesId, string date, string documentId, long size, bool created);

    [LoggerMessage(7101, LogLevel.Information, "Document upload refused with status {Status}; nothing stored.")]
    public static partial void Refused(ILogger logger, int status);

    [LoggerMessage(7102, LogLevel.Information, "Document download link refused: {Reason}.")]
    public static partial void LinkRefused(ILogger logger, string reason);

    [LoggerMessage(7103, LogLevel.Information, "Document {DocumentId} of series {SeriesId} on {Date} downloaded.")]
    public static partial void Downloaded(ILogger logger, string seriesId, string date, string documentId);
}
