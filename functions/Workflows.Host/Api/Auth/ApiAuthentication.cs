namespace Workflows.Host.Api.Auth;

/// <summary>The names the API's authentication is registered under.</summary>
public static class ApiAuthentication
{
    /// <summary>The header Azure Functions uses for function keys; the standalone host accepts the same.</summary>
    public const string KeyHeader = "x-functions-key";

    /// <summary>The scheme that picks the bearer scheme when a bearer token is sent, the key scheme otherwise.</summary>
    public const string Scheme = "WorkflowsApi";

    public const string KeyScheme = "WorkflowsApiKey";

    public const string BearerScheme = "WorkflowsEntraId";

    /// <summary>The authorization policy on every <c>/api/</c> route but the action links, health and the OpenAPI document.</summary>
    public const string Policy = "WorkflowsApi";
}
