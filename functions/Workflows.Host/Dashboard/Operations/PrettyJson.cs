using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>Payloads indented for reading; the page encodes them (the relaxed escaping here only keeps letters readable).</summary>
internal static class PrettyJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
