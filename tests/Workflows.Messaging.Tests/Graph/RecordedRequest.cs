namespace Workflows.Messaging.Tests.Graph;

/// <summary>One request as the fake Graph server received it (path still percent-encoded, query as sent).</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string? Mailbox)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
