using System.Text.Json.Serialization;

namespace Workflows.Host.CustomHandler;

/// <summary>
/// The custom-handler reply: <c>{"Outputs":…,"Logs":[…],"ReturnValue":…}</c>. These functions have no output
/// bindings, so <see cref="Outputs"/> stays empty; <see cref="Logs"/> appear in the host's invocation log.
/// </summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
