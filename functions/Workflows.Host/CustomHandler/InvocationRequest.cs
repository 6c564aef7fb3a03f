using System.Globalization;
using System.Text.Json;

namespace Workflows.Host.CustomHandler;

/// <summary>
/// Reads the custom-handler request body <c>{"Data":{binding:value},"Metadata":{…}}</c>. Only what the
/// functions need is read; everything else the host sends (sys, PopReceipt, …) is ignored.
/// </summary>
internal sealed class InvocationRequest
{
    private readonly JsonElement _data;
    private readonly JsonElement _metadata;

    private InvocationRequest(JsonElement data, JsonElement metadata)
    {
        _data = data;
        _metadata = metadata;
    }

    public static InvocationRequest Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !TryGet(body, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInvocationException("The invocation body has no 'Data' object.");
        }

        return new InvocationRequest(data, TryGet(body, "Metadata", out var metadata) ? metadata : default);
    }

    /// <summary>
    /// The queue message text. The host passes a string trigger value as a JSON string (the message, which is
    /// itself JSON, then arrives encoded twice; the engine takes off the second layer) or, when it parsed the
    /// message as JSON, as an object: its raw text is the message.
    /// </summary>
    public string QueueMessage(string bindingName)
    {
        if (!TryGet(_data, bindingName, out var value))
        {
            throw new InvalidInvocationException($"The invocation has no 'Data.{bindingName}'.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Object or JsonValueKind.Array => value.GetRawText(),
            _ => throw new InvalidInvocationException($"'Data.{bindingName}' is {value.ValueKind}, not a queue message."),
        };
    }

    /// <summary>How often the host has delivered this message (1 on the first delivery); a number or a numeric string.</summary>
    public long DequeueCount()
    {
        if (_metadata.ValueKind == JsonValueKind.Object && TryGet(_metadata, "DequeueCount", out var count))
        {
            if (count.ValueKind == JsonValueKind.Number && count.TryGetInt64(out long n))
            {
                return n;
            }

            if (count.ValueKind == JsonValueKind.String && long.TryParse(count.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out n))
            {
                return n;
            }
        }

        throw new InvalidInvocationException("The invocation has no numeric 'Metadata.DequeueCount'.");
    }

    /// <summary>True when the timer fires late (the host was down at the scheduled time); informational only.</summary>
    public bool TimerIsPastDue(string bindingName) =>
        TryGet(_data, bindingName, out var timer) && timer.ValueKind == JsonValueKind.Object
        && TryGet(timer, "IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;

    // The host writes PascalCase; be lenient about case like its own deserializer.
    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
