using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Workflows.Messaging.Graph;

/// <summary>Logs and counts every HTTP attempt to Graph (innermost, so retries and 429s are seen one by one).</summary>
internal sealed class GraphCallTelemetryHandler(ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var template = request.RequestUri is null ? "?" : GraphPath.Template(request.RequestUri);
        var tags = new TagList { { "http.request.method", method }, { "graph.path", template } };
        GraphMetrics.Requests.Add(1, tags);
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            GraphMetrics.Failures.Add(1, tags);
            var waited = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            GraphLog.NoAnswer(logger, method, template, waited, ex.GetType().Name);
            throw;
        }

        var status = (int)response.StatusCode;
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        GraphLog.Call(logger, method, template, status, elapsed);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            GraphMetrics.Throttled.Add(1, tags);
            var retryAfter = response.Headers.RetryAfter?.ToString() ?? "none";
            GraphLog.Throttled(logger, method, template, retryAfter);
        }

        if (status >= 400)
        {
            GraphMetrics.Failures.Add(1, tags);
        }

        return response;
    }
}
