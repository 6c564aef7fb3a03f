using System.Text.Json;

namespace Workflows.Messaging.Outbox;

/// <summary>The JSON the table columns hold for lists and maps (Table Storage has no such types).</summary>
internal static class OutboxJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json, T fallback) =>
        string.IsNullOrEmpty(json) ? fallback : JsonSerializer.Deserialize<T>(json, Options) ?? fallback;

    public static string WriteLabels(MessageLabels labels) => Write(new LabelsDto(labels.Kind, labels.Values));

    public static MessageLabels ReadLabels(string? json)
    {
        var dto = Read<LabelsDto?>(json, null);
        return dto is null
            ? new MessageLabels(string.Empty, new Dictionary<string, string>(StringComparer.Ordinal))
            : new MessageLabels(dto.Kind, new Dictionary<string, string>(dto.Values, StringComparer.Ordinal));
    }

    private sealed record LabelsDto(string Kind, IReadOnlyDictionary<string, string> Values);
}
