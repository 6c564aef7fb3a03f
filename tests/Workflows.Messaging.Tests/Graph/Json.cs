using System.Text.Json.Nodes;

namespace Workflows.Messaging.Tests.Graph;

/// <summary>JSON compared by content: objects with sorted keys, so property order does not matter but every value does.</summary>
internal static class Json
{
    public static string Canonical(string json) => Canonical(JsonNode.Parse(json));

    public static string Canonical(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
