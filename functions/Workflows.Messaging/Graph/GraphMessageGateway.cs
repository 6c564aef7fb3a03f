using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Workflows.Messaging.Graph;

/// <summary>
/// The production back-end: calendar events and mail in the organizer's Microsoft 365 mailbox through Microsoft Graph.
/// </summary>
/// <remarks>
/// <para>Build the client with <see cref="GraphMessagingClientFactory.CreateClient"/>: throttling (429
/// <c>Retry-After</c>, 503/504 back-off) and the 4-requests-per-mailbox cap live in its HTTP pipeline.</para>
/// <para>Idempotency: a create carries the key as <c>transactionId</c>, which Graph uses to answer a repeated POST with
/// the event it already made; after a create whose outcome is unknown (timeout, 5xx, broken connection) the event is
/// first looked up by that <c>transactionId</c> before posting again. Updates send the whole event, so repeating one is
/// harmless. A repeated cancel of an event this process cancelled succeeds without a second request (Graph would answer
/// 404: the event is gone). Mail has no such key in Graph: sending is at-least-once (see <see cref="SendMailAsync"/>).</para>
/// </remarks>
public sealed partial class GraphMessageGateway : IMessageGateway
{
    private readonly GraphServiceClient client;
    private readonly ILogger logger;
    private readonly TimeProvider timeProvider;

    // A few thousand keys cover every message a partnership sends in weeks; older repeats fall back to at-least-once.
    private readonly RecentOutcomes<MessageReceipt> sentMail = new(10_000);
    private readonly RecentOutcomes<bool> cancelledEvents = new(10_000);

    public GraphMessageGateway(GraphServiceClient client, ILogger<GraphMessageGateway>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>A gateway on a client built from <paramref name="options"/> (see <see cref="GraphMessagingClientFactory"/>).</summary>
    public static GraphMessageGateway Create(GraphMessagingOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
    {
        var graph = GraphMessagingClientFactory.CreateClient(options, loggerFactory: loggerFactory);
        return new GraphMessageGateway(graph, loggerFactory?.CreateLogger<GraphMessageGateway>(), timeProvider);
    }

    /// <inheritdoc />
    public async Task<CalendarEventRef> CreateEventAsync(CalendarEventRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireMailbox(request.Organizer);
        var transactionId = GraphTransactionId.From(request.IdempotencyKey);
        var body = GraphEventMapper.ForCreate(request, transactionId);
        try
        {
            var created = await client.Users[request.Organizer].Events.PostAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Reference(request.Organizer, created, sequence: 0);
        }
        catch (Exception ex) when (IsAmbiguous(ex, cancellationToken))
        {
            GraphLog.CreateAmbiguous(logger, ex.GetType().Name);
        }
        catch (Exception ex) when (Translate("create event", ex, cancellationToken) is { } failure)
        {
            throw failure;
        }

        // The server may have made the event before the answer was lost: find it rather than trust the retry alone.
        var existing = await CallAsync("find event", ct => FindByTransactionIdAsync(request, transactionId, ct), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            GraphLog.CreateFoundExisting(logger);
            return Reference(request.Organizer, existing, sequence: 0);
        }

        var again = await CallAsync(
            "create event",
            ct => client.Users[request.Organizer].Events.PostAsync(body, cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        return Reference(request.Organizer, again, sequence: 0);
    }

    /// <summary>
    /// Graph documents no <c>$filter</c> on <c>transactionId</c>, so the event is sought where it must be: the calendar
    /// view of its own time slot, with <c>transactionId</c> selected (Graph returns it on events that were given one).
    /// </summary>
    private async Task<Event?> FindByTransactionIdAsync(CalendarEventRequest request, string transactionId, CancellationToken cancellationToken)
    {
        var page = await client.Users[request.Organizer].CalendarView.GetAsync(
            config =>
            {
                config.QueryParameters.StartDateTime = Utc(request.Start);
                config.QueryParameters.EndDateTime = Utc(request.End);
                config.QueryParameters.Select = ["id", "iCalUId", "transactionId"];
                config.QueryParameters.Top = 100;
            },
            cancellationToken).ConfigureAwait(false);
        return page?.Value?.FirstOrDefault(e => string.Equals(e.TransactionId, transactionId, StringComparison.Ordinal));
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static CalendarEventRef Reference(string organizer, Event? ev, int sequence, string? knownICalUid = null)
    {
        if (string.IsNullOrEmpty(ev?.Id))
        {
            throw new MessageDeliveryException("Graph answered without an event id.", "InvalidResponse", null, isTransient: true);
        }

        return new CalendarEventRef(organizer, ev.Id, ev.ICalUId ?? knownICalUid ?? string.Empty, sequence);
    }

    private static void RequireMailbox(string mailbox)
    {
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            throw new MessageDeliveryException("No mailbox given (the partnership's organizer).", "InvalidRequest", null, isTransient: false);
        }
    }
}
