using System.Globalization;

namespace Workflows.Durable.Storage;

/// <summary>Row keys inside an instance partition; their prefixes sort state first, then history, then outbox.</summary>
internal static class RowKeys
{
    public const string State = "!state";

    public const string HistoryPrefix = "h|";

    public const string OutboxPrefix = "o|";

    public static string History(string executionId, int seq, int part)
        => string.Create(CultureInfo.InvariantCulture, $"h|{executionId}|{seq:D8}|{part:D3}");

    /// <summary>
    /// Execution id and turn number (unique even when a finished instance id is started again), then the row's
    /// kind: 'a' for work this worker may run itself (kept until the results are in), 'm' for messages
    /// (deleted as soon as they are sent).
    /// </summary>
    public static string Outbox(string executionId, int seq, char kind) => string.Create(CultureInfo.InvariantCulture, $"o|{executionId}.{seq:D8}{kind}");

    public static string ClientOutbox(Guid id) => $"o|c-{id:N}";

    public static bool IsHistoryOf(string rowKey, string executionId)
        => rowKey.StartsWith(HistoryPrefix, StringComparison.Ordinal)
        && rowKey.AsSpan(HistoryPrefix.Length).StartsWith(executionId, StringComparison.Ordinal)
        && rowKey.Length > HistoryPrefix.Length + executionId.Length
        && rowKey[HistoryPrefix.Length + executionId.Length] == '|';
}
