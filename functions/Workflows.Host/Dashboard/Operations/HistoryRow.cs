using System.Globalization;
using System.Text.Json;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>One recorded history event as the Operations tab lists it: number, time, type, name and a short detail.</summary>
internal sealed record HistoryRow(int Sequence, DateTimeOffset At, string EventType, string? Name, string? Detail)
{
    private const int MaxDetail = 120;

    /// <summary>The name and the one detail worth showing, from the event's JSON (the same the API's history endpoint returns).</summary>
    public static HistoryRow From(int sequence, HistoryEntry entry, Func<DateTimeOffset, string> time)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(time);
        string? name = null;
        string? detail = null;
        try
        {
            using var document = JsonDocument.Parse(entry.Json);
            var e = document.RootElement;
            name = Text(e, "name");
            detail = Unwrap(Text(e, "reason"))
                ?? (e.TryGetProperty("fireAt", out var fire) && fire.TryGetDateTimeOffset(out var at) ? time(at) : null)
                ?? (e.TryGetProperty("failure", out var failure) && failure.ValueKind == JsonValueKind.Object ? Text(failure, "errorMessage") : null)
                ?? Text(e, "instanceId")
                ?? Unwrap(Text(e, "input"))
                ?? Unwrap(Text(e, "result"))
                ?? Unwrap(Text(e, "output"))
                ?? (e.TryGetProperty("taskId", out var task) && task.ValueKind == JsonValueKind.Number ? "#" + task.GetInt32().ToString(CultureInfo.InvariantCulture) : null);
        }
        catch (JsonException)
        {
            detail = null;
        }

        return new HistoryRow(sequence, entry.At, entry.EventType, name, Shorten(detail));
    }

    private static string? Text(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    /// <summary>Payloads are stored as JSON: a JSON string (a terminate reason) reads as its text, anything else as it is.</summary>
    private static string? Unwrap(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : text;
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static string? Shorten(string? text)
        => text is { Length: > MaxDetail } ? string.Concat(text.AsSpan(0, MaxDetail - 1), "…") : text;
}
