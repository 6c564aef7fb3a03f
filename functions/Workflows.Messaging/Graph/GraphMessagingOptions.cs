namespace Workflows.Messaging.Graph;

/// <summary>
/// How to reach a Microsoft 365 tenant (configuration section <c>Messaging:Graph</c>, environment
/// <c>Messaging__Graph__TenantId</c> and so on). Without <see cref="TenantId"/> no tenant is configured and messages go
/// to the outbox.
/// </summary>
/// <remarks>
/// Authentication: with <see cref="ClientSecret"/> the app registration's secret (<see cref="ClientId"/> required);
/// without it a managed identity, user-assigned when <see cref="ManagedIdentityClientId"/> is set.
/// </remarks>
public sealed record GraphMessagingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Messaging:Graph";

    /// <summary>The public Graph endpoint, used when <see cref="BaseUrl"/> is not set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://graph.microsoft.com/v1.0");

    /// <summary>Outlook allows 4 concurrent requests per mailbox; more are answered with 429.</summary>
    public const int OutlookConcurrencyLimit = 4;

    /// <summary>The Entra ID tenant (directory) id; its presence is what switches Graph on.</summary>
    public string? TenantId { get; init; }

    /// <summary>The app registration's application (client) id.</summary>
    public string? ClientId { get; init; }

    /// <summary>The app registration's client secret (keep it in Key Vault); null means managed identity.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Client id of a user-assigned managed identity; null means the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; init; }

    /// <summary>Graph's root including the version, e.g. <c>https://graph.microsoft.us/v1.0</c> for a national cloud.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>At most this many requests in flight per mailbox (Outlook's limit is 4).</summary>
    public int MaxConcurrentRequestsPerMailbox { get; init; } = OutlookConcurrencyLimit;

    /// <summary>Retries after 429/503/504 before the failure is reported as transient.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Base of the exponential back-off in seconds when Graph sends no <c>Retry-After</c>.</summary>
    public int RetryDelaySeconds { get; init; } = 2;

    /// <summary>Time allowed for one call, retries included; a create that runs out of it is looked up before trying again.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Whether a tenant is configured (otherwise messages land in the outbox).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId);

    /// <summary>The root actually used.</summary>
    public Uri EffectiveBaseUrl => BaseUrl ?? DefaultBaseUrl;

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!IsConfigured)
        {
            errors.Add("Messaging:Graph:TenantId is not set.");
        }

        if (!string.IsNullOrEmpty(ClientSecret) && string.IsNullOrWhiteSpace(ClientId))
        {
            errors.Add("Messaging:Graph:ClientId is required with a client secret.");
        }

        if (BaseUrl is { IsAbsoluteUri: false })
        {
            errors.Add("Messaging:Graph:BaseUrl must be an absolute URL such as https://graph.microsoft.com/v1.0.");
        }

        if (MaxConcurrentRequestsPerMailbox is < 1 or > OutlookConcurrencyLimit)
        {
            errors.Add($"Messaging:Graph:MaxConcurrentRequestsPerMailbox must be between 1 and {OutlookConcurrencyLimit}.");
        }

        if (MaxRetries is < 0 or > 10)
        {
            errors.Add("Messaging:Graph:MaxRetries must be between 0 and 10.");
        }

        if (RetryDelaySeconds is < 0 or > 180)
        {
            errors.Add("Messaging:Graph:RetryDelaySeconds must be between 0 and 180.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            errors.Add("Messaging:Graph:RequestTimeout must be positive.");
        }

        return errors;
    }
}
