using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Workflows.Messaging.Outbox;
using Workflows.Messaging.Tests.Contract;

namespace Workflows.Messaging.Tests.Outbox;

/// <summary>An outbox on the shared Azurite with its own table and its own temp directory.</summary>
public sealed class OutboxHarness : IMessageGatewayHarness
{
    public const string OrganizerMailbox = "secretariaat@profijt.nl";

    private readonly TempDirectory _directory = new();

    public OutboxHarness(string connectionString, string? directory = null)
    {
        Tables = new TableServiceClient(connectionString);
        Options = new OutboxOptions(directory ?? _directory.Path, Tables, "outbox" + Guid.NewGuid().ToString("N"));
        Outbox = NewGateway();
    }

    public TableServiceClient Tables { get; }

    public OutboxOptions Options { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));

    public DictionaryResponseSource Responses { get; } = new();

    public OutboxGateway Outbox { get; }

    public IMessageGateway Gateway => Outbox;

    public string Organizer => OrganizerMailbox;

    /// <summary>A second gateway on the same table and directory, as after a process restart.</summary>
    public OutboxGateway NewGateway() => new(Options, Responses, Clock);

    public Task SetResponseAsync(CalendarEventRef calendarEvent, string attendeeEmail, ResponseStatus response)
    {
        Responses.Set(calendarEvent.EventId, new AttendeeResponse(attendeeEmail, response, Clock.GetUtcNow()));
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<HeldEvent>> ListEventsAsync()
    {
        var held = new List<HeldEvent>();
        var records = await Outbox.ListAsync();
        foreach (var eventId in records.Where(r => r.EventId is not null).Select(r => r.EventId!).Distinct())
        {
            var snapshot = await Outbox.GetEventAsync(eventId) ?? throw new InvalidOperationException($"Record points at missing event {eventId}.");
            held.Add(new HeldEvent(eventId, snapshot.Event.ICalUid, snapshot.Subject, snapshot.Start, snapshot.Cancelled));
        }

        return held;
    }

    public async Task<IReadOnlyList<HeldMail>> ListMailsAsync()
    {
        var held = new List<HeldMail>();
        foreach (var record in (await Outbox.ListAsync()).Where(r => r.Channel == OutboxChannel.Mail))
        {
            // What was sent is what the file says, not what the record remembers.
            using var message = await MimeMessage.LoadAsync(Outbox.GetPath(record));
            held.Add(new HeldMail(
                message.Subject ?? string.Empty,
                message.To.Mailboxes.Select(m => m.Address).ToList(),
                message.Attachments.OfType<MimePart>().Select(a => a.FileName ?? string.Empty).ToList()));
        }

        return held;
    }

    public async ValueTask DisposeAsync()
    {
        await Tables.DeleteTableAsync(Options.TableName);
        _directory.Dispose();
    }
}
