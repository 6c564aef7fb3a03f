using System.Collections.Concurrent;

namespace Workflows.Messaging.Graph;

/// <summary>
/// Lets at most N requests per mailbox be in flight at once: Outlook answers the fifth concurrent request to one mailbox
/// with 429 (MailboxConcurrency), so waiting here is cheaper than being throttled.
/// </summary>
/// <remarks>Sits inside the retry handler, so a request waiting out a <c>Retry-After</c> holds no slot.</remarks>
internal sealed class MailboxConcurrencyHandler(int maxPerMailbox) : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var mailbox = request.RequestUri is null ? null : GraphPath.Mailbox(request.RequestUri);
        if (mailbox is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // One semaphore per mailbox for the life of the client; a partnership has a handful of organizer mailboxes.
        var gate = gates.GetOrAdd(mailbox, _ => new SemaphoreSlim(maxPerMailbox, maxPerMailbox));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var gate in gates.Values)
            {
                gate.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
