using System.Text.Json;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// The phase of a workflow's custom status and until when it waits: the three workflows all write
/// <c>{ "phase": ..., "waitingUntil": ... }</c>; anything else has no phase.
/// </summary>
internal sealed record CustomStatusSummary(string? Phase, DateTimeOffset? WaitingUntil)
{
    public static readonly CustomStatusSummary None = new(null, null);

    public static CustomStatusSummary From(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return None;
            }

            string? phase = root.TryGetProperty("phase", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            DateTimeOffset? until = root.TryGetProperty("waitingUntil", out var w) && w.ValueKind == JsonValueKind.String && w.TryGetDateTimeOffset(out var at) ? at : null;
            return new CustomStatusSummary(phase, until);
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
