using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using DurableTask.Core.History;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Workflows.Runtime.AzureStorage;

/// <summary>
/// Reads the history that <c>AzureStorageOrchestrationService.GetOrchestrationHistoryAsync</c> returns: the
/// provider writes its <see cref="HistoryEvent"/> list with a plain Newtonsoft serializer (no type names), so the
/// concrete type has to come from each event's <c>EventType</c>.
/// </summary>
/// <remarks>
/// This reads them the way the provider's tracking store reads its history rows: the concrete type for each
/// <see cref="EventType"/> found among DTFx's own <see cref="HistoryEvent"/> subclasses, an instance created without
/// running a constructor, then its <c>[DataMember]</c> properties filled in.
/// </remarks>
internal static class HistoryJson
{
    private static readonly FrozenDictionary<EventType, Type> TypesByEventType = typeof(HistoryEvent).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(HistoryEvent)))
        .ToFrozenDictionary(t => ((HistoryEvent)RuntimeHelpers.GetUninitializedObject(t)).EventType);

    // A serializer of its own, as the provider uses, so no application-wide Newtonsoft defaults apply.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        DateParseHandling = DateParseHandling.None,
    });

    public static IList<HistoryEvent> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // Dates stay strings while loading, else a date-like payload string (an event's input, a tag) would be
        // turned into a DateTime and written back in another format. DateTime properties still parse.
        using var text = new StringReader(json);
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        var events = new List<HistoryEvent>();
        foreach (var item in JArray.Load(reader))
        {
            if (item is not JObject row)
            {
                throw new JsonSerializationException($"A history event is a JSON object, not {item.Type}.");
            }

            var type = TypesByEventType[ReadEventType(row)];
            var historyEvent = (HistoryEvent)RuntimeHelpers.GetUninitializedObject(type);
            using var rowReader = row.CreateReader();
            Serializer.Populate(rowReader, historyEvent);
            events.Add(historyEvent);
        }

        return events;
    }

    private static EventType ReadEventType(JObject row)
    {
        var token = row.GetValue(nameof(HistoryEvent.EventType), StringComparison.Ordinal)
            ?? throw new JsonSerializationException("A history event has no EventType.");
        return token.Type switch
        {
            // The provider's serializer writes enums as numbers; a name is accepted too.
            JTokenType.Integer => (EventType)token.Value<int>(),
            JTokenType.String => Enum.Parse<EventType>(token.Value<string>()!, ignoreCase: false),
            _ => throw new JsonSerializationException(
                string.Create(CultureInfo.InvariantCulture, $"EventType {token} is neither a number nor a name.")),
        };
    }
}
