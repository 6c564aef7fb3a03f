namespace Workflows.Messaging.Tests.Contract;

/// <summary>
/// What the shared contract tests need from a back-end: the gateway under test, a way to make an attendee answer,
/// and what the back-end actually holds (its own view, not the gateway's return values).
/// </summary>
/// <remarks>
/// Outbox: answers come from an <see cref="Messaging.Outbox.IResponseSource"/>, holdings from the table and files.
/// Graph: answers are set on the fake Graph server's event, holdings are the server's events and sent mails.
/// </remarks>
public interface IMessageGatewayHarness : IAsyncDisposable
{
    IMessageGateway Gateway { get; }

    /// <summary>The mailbox the back-end accepts as organizer and sender.</summary>
    string Organizer { get; }

    /// <summary>Makes <paramref name="attendeeEmail"/> answer <paramref name="response"/> to the event.</summary>
    Task SetResponseAsync(CalendarEventRef calendarEvent, string attendeeEmail, ResponseStatus response);

    /// <summary>Every event the back-end holds, in its latest version.</summary>
    Task<IReadOnlyList<HeldEvent>> ListEventsAsync();

    /// <summary>Every mail the back-end has sent.</summary>
    Task<IReadOnlyList<HeldMail>> ListMailsAsync();
}
