using Workflows.Orchestrations.Timeline;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Simulation;

/// <summary>
/// <c>timeline.json</c> exactly as DESIGN.md has it: <c>{"from","to","events":[…]}</c>, events sorted by
/// <c>at</c>, every time ISO 8601 local with its offset, fields without a value left out; an event that sent
/// messages lists their files (<c>"files": ["outbox/…"]</c>, relative to the file itself).
/// </summary>
/// <remarks>
/// Events of one <c>at</c> keep the order they are given in (the sort is stable): the simulator gives them in the
/// timeline store's total order, so identical runs write identical bytes.
/// </remarks>
internal static class TimelineJson
{
    public static string Write(LocalDate from, LocalDate to, IReadOnlyList<TimelineEvent> events, DateTimeZone zone, IReadOnlyDictionary<TimelineEvent, IReadOnlyList<string>>? files = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("from", Date(from));
            json.WriteString("to", Date(to));
            json.WriteStartArray("events");
            foreach (var e in events.OrderBy(e => e.At))
            {
                json.WriteStartObject();
                json.WriteString("at", Local(e.At, zone));
                json.WriteString("kind", e.Kind);
                json.WriteString("workflow", e.Workflow);
                json.WriteString("instance", e.Instance);
                if (e.Recipients is { } recipients)
                {
                    json.WriteStartArray("recipients");
                    foreach (string r in recipients)
                    {
                        json.WriteStringValue(r);
                    }

                    json.WriteEndArray();
                }

                if (e.Series is { } series)
                {
                    json.WriteString("series", series);
                }

                if (e.Round is { } round)
                {
                    json.WriteString("round", round);
                }

                if (e.Convenant is { } convenant)
                {
                    json.WriteString("convenant", convenant);
                }

                if (e.Date is { } date)
                {
                    json.WriteString("date", date);
                }

                if (e.Start is { } start)
                {
                    json.WriteString("start", Local(start, zone));
                }

                if (e.End is { } end)
                {
                    json.WriteString("end", Local(end, zone));
                }

                if (e.Step is { } step)
                {
                    json.WriteString("step", step);
                }

                if (e.Reason is { } reason)
                {
                    json.WriteString("reason", reason);
                }

                if (files is not null && files.TryGetValue(e, out var sent) && sent.Count > 0)
                {
                    json.WriteStartArray("files");
                    foreach (string file in sent)
                    {
                        json.WriteStringValue(file);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Local(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
