using Azure.Core;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>Stands in for Entra ID, which this machine cannot reach: hands out one fixed token and notes the scopes asked.</summary>
internal sealed class StaticTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    private readonly List<string> scopes = [];

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (scopes)
            {
                return [.. scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (scopes)
        {
            scopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
