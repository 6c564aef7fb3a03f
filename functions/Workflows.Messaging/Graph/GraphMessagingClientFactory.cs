using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Workflows.Messaging.Graph;

/// <summary>
/// Builds the <see cref="GraphServiceClient"/> the Graph gateway uses: the SDK's own middleware (its retry handler set
/// to honour <c>Retry-After</c> on 429 and back off on 503/504), then a per-mailbox concurrency cap and call telemetry.
/// </summary>
/// <remarks>
/// Retries happen in exactly one place, the SDK's <see cref="RetryHandler"/>: no second resilience layer, so a 503 is
/// never retried 4 × 4 times.
/// </remarks>
public static class GraphMessagingClientFactory
{
    /// <summary>Application permissions are asked for as the resource's <c>.default</c> scope.</summary>
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>The credential the options describe: the client secret, else a (user-assigned) managed identity.</summary>
    public static TokenCredential CreateCredential(GraphMessagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfInvalid(options);
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        }

        var identity = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId);
        return new ManagedIdentityCredential(identity);
    }

    /// <summary>A Graph client for <paramref name="options"/>.</summary>
    /// <param name="credential">Overrides the credential the options describe (tests, or a credential the host already has).</param>
    /// <param name="loggerFactory">For the per-call log lines.</param>
    /// <param name="finalHandler">The transport; the SDK's default <see cref="HttpClientHandler"/> when null.</param>
    public static GraphServiceClient CreateClient(
        GraphMessagingOptions options,
        TokenCredential? credential = null,
        ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ThrowIfInvalid(options);
        credential ??= CreateCredential(options);
        var baseUrl = options.EffectiveBaseUrl;

        // The token provider only sends a token to hosts it is told about; a national cloud or a local test server
        // must be on that list, or requests go out without Authorization.
        var scope = IsPublicGraph(baseUrl) ? DefaultScope : $"https://{baseUrl.Host}/.default";
        var authentication = new AzureIdentityAuthenticationProvider(credential, [baseUrl.Host], null, false, scope);

        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = options.RetryDelaySeconds,
            ShouldRetry = static (_, _, response) => ShouldRetry(response),
        });
        var index = handlers.ToList().FindIndex(h => h is RetryHandler);
        if (index >= 0)
        {
            handlers[index].Dispose();
            handlers[index] = retry;
        }
        else
        {
            handlers.Add(retry);
        }

        // Innermost: the cap counts real requests on the wire, and telemetry sees each attempt (429s included).
        handlers.Add(new MailboxConcurrencyHandler(options.MaxConcurrentRequestsPerMailbox));
        handlers.Add(new GraphCallTelemetryHandler((loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Workflows.Messaging.Graph.Http")));

        var httpClient = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        httpClient.Timeout = options.RequestTimeout;
        return new GraphServiceClient(httpClient, authentication, baseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>
    /// 429, 503 and 504 are retried, except a 504 to sendMail: a gateway timeout may come after the mail left, and
    /// sendMail has no idempotency key, so repeating it could send the mail twice (429 and 503 come before acceptance).
    /// </summary>
    internal static bool ShouldRetry(HttpResponseMessage response) =>
        RetriedStatuses.Contains(response.StatusCode)
        && !(response.StatusCode == HttpStatusCode.GatewayTimeout
             && response.RequestMessage?.RequestUri?.AbsolutePath.EndsWith("/sendMail", StringComparison.OrdinalIgnoreCase) == true);

    private static bool IsPublicGraph(Uri baseUrl) =>
        baseUrl.Host.Equals(GraphMessagingOptions.DefaultBaseUrl.Host, StringComparison.OrdinalIgnoreCase);

    private static void ThrowIfInvalid(GraphMessagingOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Microsoft Graph is not configured correctly: " + string.Join(" ", errors), nameof(options));
        }
    }
}
