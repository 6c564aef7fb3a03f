namespace Workflows.Host.Api;

/// <summary>The API's settings, from the configuration section <c>Workflows</c> (environment <c>Workflows__…</c>).</summary>
public sealed class WorkflowsApiOptions
{
    public const string Section = "Workflows";

    /// <summary>
    /// <c>Workflows:ApiKey</c>: the key every <c>/api/</c> call carries in <c>x-functions-key</c>. Unset means no key
    /// is accepted (fail closed); <c>serve</c> generates one when the setting is missing.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary><c>Workflows:LinkSigningKey</c>: base64, at least 32 bytes; signs the action links in mails.</summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>
    /// <c>Workflows:PublicBaseUrl</c>: where recipients reach the app (e.g. <c>https://profijt.azurewebsites.net</c>);
    /// action links in mails start with it. The default is <c>serve</c>'s address.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:7071");

    /// <summary><c>Workflows:TaskHub</c>: the task hub whose storage names the API's own container and table use.</summary>
    public string TaskHub { get; set; } = "Workflows";

    /// <summary><c>Workflows:Auth</c>: Entra ID bearer tokens, accepted besides the key when an authority is set.</summary>
    public EntraIdOptions Auth { get; set; } = new();

    /// <summary>
    /// Set in code (never from configuration: the binder skips internal members) by the custom-handler host when
    /// the Azure Functions host has already checked the function key of every API request (authLevel
    /// <c>function</c>) and only it can reach the handler's port. Requests then pass without a key here.
    /// </summary>
    internal bool AuthenticatedByFunctionsHost { get; set; }

    /// <summary><c>Workflows:Documents</c>: meeting documents' size limit, link validity and malware scanning (docs/documents.md).</summary>
    public Documents.DocumentOptions Documents { get; set; } = new();

    /// <summary><c>Workflows:LinkRateLimit</c>: requests per client IP address to the public link endpoint.</summary>
    public LinkRateLimitOptions LinkRateLimit { get; set; } = new();
}

public sealed class EntraIdOptions
{
    /// <summary>E.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string? Authority { get; set; }

    /// <summary>The application id URI or client id tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The app role (claim <c>roles</c>) or delegated scope (claim <c>scp</c>) a token must carry. Entra ID issues a
    /// token for the audience to any app or user of the tenant that asks, role or not, unless the API's enterprise
    /// application requires assignment; so the audience alone would let every one of them manage the platform.
    /// </summary>
    public string RequiredRole { get; set; } = DefaultRequiredRole;

    /// <summary>The app role coordinators' tools are given in the API's app registration.</summary>
    public const string DefaultRequiredRole = "Workflows.Manage";
}

public sealed class LinkRateLimitOptions
{
    public int PermitLimit { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
