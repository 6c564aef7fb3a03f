namespace Workflows.Messaging;

/// <summary>
/// What a message is about, for the outbox record, the simulator's responses and the timeline; never sent to Graph.
/// </summary>
/// <param name="Kind">The timeline kind, e.g. <c>meeting.invited</c>, <c>subsidy.reminded</c>.</param>
/// <param name="Values">Free keys such as <c>series</c>, <c>occurrence</c> (yyyy-MM-dd), <c>round</c>, <c>convenant</c>, <c>instance</c>.</param>
public sealed record MessageLabels(string Kind, IReadOnlyDictionary<string, string> Values)
{
    public static MessageLabels Of(string kind, params (string Key, string Value)[] values) =>
        new(kind, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
}
