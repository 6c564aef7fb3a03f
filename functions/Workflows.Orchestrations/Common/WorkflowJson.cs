using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace Workflows.Orchestrations;

/// <summary>
/// The one JSON dialect of every workflow payload (inputs, outputs, events, custom status): camelCase, as the API
/// and dashboard have always shown them. Worker and client must use the same converter on every host.
/// </summary>
/// <remarks>Changing it changes how running instances read their recorded inputs: a recorded history test pins it.</remarks>
public static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static DataConverter Converter { get; } = new JsonDataConverter(Options);
}
