using System.Net.Sockets;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Workflows.Messaging.Graph;

public sealed partial class GraphMessageGateway
{
    /// <summary>Runs one Graph call and turns whatever it throws into a <see cref="MessageDeliveryException"/>.</summary>
    private async Task<T> CallAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(operation, ex, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// Whether a failed create may still have made the event: no answer (timeout, broken connection) or a server-side
    /// failure after the request arrived (5xx, including retries that ran out).
    /// </summary>
    private static bool IsAmbiguous(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException => true,
        AggregateException => true,
        ApiException api => api.ResponseStatusCode >= 500,
        _ => false,
    };

    /// <summary>
    /// The typed failure for <paramref name="ex"/>; null for the caller's own cancellation (it propagates as is).
    /// Transient: 408, 429, 5xx, timeouts, no connection, retries exhausted. Permanent: every other 4xx (Graph's
    /// <c>error.code</c> kept, e.g. <c>ErrorAccessDenied</c>), bad credentials, bad input.
    /// </summary>
    private MessageDeliveryException? Translate(string operation, Exception ex, CancellationToken cancellationToken)
    {
        var failure = ex switch
        {
            MessageDeliveryException typed => typed,
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            OperationCanceledException => new MessageDeliveryException($"Graph did not answer {operation} in time.", "Timeout", null, isTransient: true, ex),
            ODataError odata => FromStatus(operation, odata.Error?.Code ?? $"Http{odata.ResponseStatusCode}", odata.Error?.Message ?? odata.Message, odata.ResponseStatusCode, ex),
            ApiException api => FromStatus(operation, $"Http{api.ResponseStatusCode}", api.Message, api.ResponseStatusCode, ex),
            AggregateException aggregate => RetriesExhausted(operation, aggregate),
            HttpRequestException or SocketException => new MessageDeliveryException($"Graph could not be reached for {operation}: {ex.Message}", "NetworkError", null, isTransient: true, ex),
            AuthenticationFailedException or CredentialUnavailableException => new MessageDeliveryException($"No Graph token for {operation}: {ex.Message}", "AuthenticationFailed", null, isTransient: false, ex),
            _ => null,
        };
        if (failure is not null && failure != ex)
        {
            GraphLog.DeliveryFailed(logger, operation, failure.ErrorCode, failure.StatusCode, failure.IsTransient);
        }

        return failure;
    }

    private static MessageDeliveryException FromStatus(string operation, string code, string detail, int status, Exception ex)
    {
        var transient = status is 408 or 429 or >= 500;
        return new MessageDeliveryException($"Graph refused {operation} ({status} {code}): {WithoutAddresses(detail)}", code, status, transient, ex);
    }

    /// <summary>
    /// Graph's error messages may quote recipients or the mailbox ("Recipient 'x@y' is not resolved"); the failure's
    /// message ends up in activity failures, instance history and logs, which carry no addresses.
    /// </summary>
    internal static string WithoutAddresses(string detail) => EmailAddress().Replace(detail, "{address}");

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s'""<>()\[\],;:]+@[^\s'""<>()\[\],;:]+")]
    private static partial System.Text.RegularExpressions.Regex EmailAddress();

    /// <summary>The SDK's retry handler gave up (it throws an AggregateException of the answers it got).</summary>
    private static MessageDeliveryException RetriesExhausted(string operation, AggregateException aggregate)
    {
        var last = aggregate.InnerExceptions.OfType<ApiException>().LastOrDefault();
        var status = last?.ResponseStatusCode;
        return new MessageDeliveryException(
            $"Graph kept refusing {operation} (status {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}) after every retry.",
            status == 429 ? "TooManyRequests" : "RetriesExhausted",
            status,
            isTransient: true,
            aggregate);
    }
}
