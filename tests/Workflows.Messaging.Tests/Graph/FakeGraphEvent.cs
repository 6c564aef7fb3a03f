using System.Text.Json.Nodes;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>An event the fake server keeps, as Graph would: its JSON with server-made id and iCalUId.</summary>
internal sealed class FakeGraphEvent(string mailbox, string id, string iCalUId, JsonObject json)
{
    public string Mailbox { get; } = mailbox;

    public string Id { get; } = id;

    public string ICalUId { get; } = iCalUId;

    public JsonObject Json { get; } = json;

    public string? TransactionId => Json["transactionId"]?.GetValue<string>();

    public bool Cancelled { get; set; }

    public string? CancelComment { get; set; }
}
