using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Workflows.Messaging.Tests.Graph;

internal sealed partial class FakeGraphServer
{
    private void MapCalendar(WebApplication web)
    {
        web.MapPost("/v1.0/users/{mailbox}/events", CreateEventAsync);
        web.MapPatch("/v1.0/users/{mailbox}/events/{id}", async (string mailbox, string id, HttpContext context) =>
        {
            var patch = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            FakeGraphEvent? ev;
            lock (sync)
            {
                ev = Find(mailbox, id);
                if (ev is not null)
                {
                    foreach (var (name, value) in patch)
                    {
                        ev.Json[name] = value?.DeepClone();
                    }
                }
            }

            await (ev is null ? NotFoundAsync(context) : WriteJsonAsync(context, 200, Render(ev, select: null)));
        });
        web.MapPost("/v1.0/users/{mailbox}/events/{id}/cancel", async (string mailbox, string id, HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            FakeGraphEvent? ev;
            lock (sync)
            {
                ev = Find(mailbox, id);
                if (ev is not null)
                {
                    // Graph removes a cancelled event from the organizer's calendar: later calls find nothing (404).
                    ev.Cancelled = true;
                    ev.CancelComment = (body["Comment"] ?? body["comment"])?.GetValue<string>();
                }
            }

            if (ev is null)
            {
                await NotFoundAsync(context);
                return;
            }

            context.Response.StatusCode = 202;
        });
        web.MapGet("/v1.0/users/{mailbox}/events/{id}", async (string mailbox, string id, HttpContext context) =>
        {
            JsonObject? json;
            lock (sync)
            {
                var ev = Find(mailbox, id);
                json = ev is null ? null : Render(ev, Select(context));
            }

            await (json is null ? NotFoundAsync(context) : WriteJsonAsync(context, 200, json));
        });
        web.MapGet("/v1.0/users/{mailbox}/calendarView", async (string mailbox, HttpContext context) =>
        {
            var from = DateTimeOffset.Parse(context.Request.Query["startDateTime"]!, CultureInfo.InvariantCulture);
            var to = DateTimeOffset.Parse(context.Request.Query["endDateTime"]!, CultureInfo.InvariantCulture);
            var value = new JsonArray();
            lock (sync)
            {
                foreach (var ev in events.Where(e => string.Equals(e.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase) && !e.Cancelled))
                {
                    if (Utc(ev.Json["start"]!) < to && Utc(ev.Json["end"]!) > from)
                    {
                        value.Add(Render(ev, Select(context)));
                    }
                }
            }

            await WriteJsonAsync(context, 200, new JsonObject { ["value"] = value });
        });
    }

    private void MapMail(WebApplication web) =>
        web.MapPost("/v1.0/users/{mailbox}/sendMail", async (string mailbox, HttpContext context) =>
        {
            var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
            lock (sync)
            {
                mails.Add((mailbox.ToLowerInvariant(), body));
            }

            context.Response.StatusCode = 202;
        });

    private async Task CreateEventAsync(string mailbox, HttpContext context)
    {
        var json = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body))!;
        FakeGraphEvent ev;
        TimeSpan? delay = null;
        lock (sync)
        {
            var transactionId = json["transactionId"]?.GetValue<string>();
            var existing = transactionId is null
                ? null
                : events.FirstOrDefault(e => string.Equals(e.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase) && e.TransactionId == transactionId);
            if (existing is not null)
            {
                // Graph's transactionId: a repeated create gets the event made the first time, not a second one.
                ev = existing;
            }
            else
            {
                counter++;
                foreach (var attendee in json["attendees"]?.AsArray() ?? [])
                {
                    attendee!["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" };
                }

                ev = new FakeGraphEvent(mailbox.ToLowerInvariant(), $"AAMkAGI2-{counter}", $"040000008200E00074C5B7101A82E008{counter:D8}", json);
                events.Add(ev);
                delay = DelayNextCreateReply;
                DelayNextCreateReply = null;
            }
        }

        if (delay is { } wait)
        {
            // The event exists already; the answer comes too late for the client (which gives up and hangs up).
            try
            {
                await Task.Delay(wait, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        JsonObject rendered;
        lock (sync)
        {
            rendered = Render(ev, select: null);
        }

        await WriteJsonAsync(context, 201, rendered);
    }

    private FakeGraphEvent? Find(string mailbox, string id) =>
        events.FirstOrDefault(e => string.Equals(e.Mailbox, mailbox, StringComparison.OrdinalIgnoreCase) && e.Id == id && !e.Cancelled);

    private static string[]? Select(HttpContext context) =>
        context.Request.Query.TryGetValue("$select", out var select) ? select.ToString().Split(',') : null;

    private static JsonObject Render(FakeGraphEvent ev, string[]? select)
    {
        var full = (JsonObject)ev.Json.DeepClone();
        full["id"] = ev.Id;
        full["iCalUId"] = ev.ICalUId;
        if (select is null)
        {
            return full;
        }

        // Like Graph: only the selected properties, and always the id.
        var picked = new JsonObject { ["id"] = ev.Id };
        foreach (var name in select.Where(n => n != "id" && full.ContainsKey(n)))
        {
            picked[name] = full[name]!.DeepClone();
        }

        return picked;
    }

    private static DateTimeOffset Utc(JsonNode dateTimeTimeZone)
    {
        var local = DateTime.Parse(dateTimeTimeZone["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(dateTimeTimeZone["timeZone"]!.GetValue<string>());
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
    }

    private static Task NotFoundAsync(HttpContext context) =>
        WriteErrorAsync(context, 404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json.ToJsonString());
    }
}
