using System.Text.Json;

namespace Workflows.Host.Api;

/// <summary>
/// A JSON text may escape half a surrogate pair ("\ud800"): <see cref="JsonDocument"/> parses it, but reading that
/// string (<see cref="JsonElement.GetString"/>) or writing the element on (raising it as an event) throws
/// <see cref="InvalidOperationException"/>, a 500 where the client sent bad text. Bodies are checked once, when read.
/// </summary>
internal static class JsonStrings
{
    /// <summary>Whether every string and member name in <paramref name="element"/> is valid text.</summary>
    public static bool AreValid(JsonElement element)
    {
        try
        {
            using var sink = new Utf8JsonWriter(Stream.Null);
            element.WriteTo(sink);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
