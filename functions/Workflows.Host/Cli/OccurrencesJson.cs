using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Workflows.Partnerships.Scheduling;

namespace Workflows.Host.Cli;

/// <summary>
/// The machine-readable form of <c>occurrences --json</c> (contract in DESIGN.md): dates <c>yyyy-MM-dd</c>,
/// times ISO 8601 local with their UTC offset. Invitation, RSVP and agenda dates are additions. Relaxed escaping
/// keeps "+02:00" and Dutch letters readable; the output is never embedded in HTML.
/// </summary>
internal static class OccurrencesJson
{
    private static readonly OffsetDateTimePattern Time = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");
    private static readonly LocalDatePattern Date = LocalDatePattern.Iso;

    public static string Write(string seriesId, ScheduleResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("series", seriesId);
            json.WriteStartArray("occurrences");
            foreach (var o in result.Occurrences)
            {
                json.WriteStartObject();
                json.WriteString("start", Format(o.Start));
                json.WriteString("end", Format(o.End));
                json.WriteString("inviteOn", Date.Format(o.InviteOn));
                json.WriteString("rsvpBy", Date.Format(o.RsvpBy));
                json.WriteString("chairReminderOn", Date.Format(o.ChairReminderOn));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("skipped");
            foreach (var s in result.Skipped)
            {
                json.WriteStartObject();
                json.WriteString("date", Date.Format(s.Date));
                json.WriteString("reason", s.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("moved");
            foreach (var m in result.Moved)
            {
                json.WriteStartObject();
                json.WriteString("from", Date.Format(m.From));
                json.WriteString("to", Date.Format(m.To));
                json.WriteString("reason", m.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Format(ZonedDateTime time) => Time.Format(time.ToOffsetDateTime());
}
