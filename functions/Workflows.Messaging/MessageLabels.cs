namespace Workflows.Messaging;

/// <summary>
/// What a message is about, for the outbox record, the simulator's responses and the timeline; never sent to Graph.
/// </summary>
/// <param name="Kind">The timeline kind, e.g. <c>meeting.invited</c>, <c>subsidy.reminded</c>.</param>
/// <param name="Values">Free keys such as <c>series</c>, <c>occurrence</c> (yyyy-MM-dd), <c>round</c>, <c>convenant</c>, <c>instance</c>.</param>
public sealed record MessageLabels(string Kind, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>
    /// A readable name for the outbox file, in the partnership's language: date, subject, what it is
    /// (<c>2026-11-17 directieberaad uitnodiging</c>). The outbox makes it safe on every file system and adds a short
    /// hash of the idempotency key, so a retry still writes the same file. Null: the file is named after the key.
    /// Only the outbox reads it; it is not stored with the labels.
    /// </summary>
    public string? FileLabel { get; init; }

    public static MessageLabels Of(string kind, params (string Key, string Value)[] values) =>
        new(kind, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
}
