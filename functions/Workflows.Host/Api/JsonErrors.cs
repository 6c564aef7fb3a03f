using System.Globalization;
using System.Text.Json;

namespace Workflows.Host.Api;

/// <summary>
/// Where a JSON body went wrong, in the reader's language. The exception's own message is English and names .NET
/// types, so the API's Dutch answers say only the place: the field (its JSON path) and the line and position.
/// </summary>
internal static class JsonErrors
{
    public static string Describe(JsonException error, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        string? field = error.Path is { Length: > 1 } path ? path : null;
        string? place = null;
        if (error.LineNumber is { } line)
        {
            long position = (error.BytePositionInLine ?? 0) + 1;
            place = english
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, position {position}")
                : string.Create(CultureInfo.InvariantCulture, $"regel {line + 1}, positie {position}");
        }

        return (field, place, english) switch
        {
            (not null, not null, false) => $"fout bij {field} ({place})",
            (not null, null, false) => $"fout bij {field}",
            (null, not null, false) => $"fout op {place}",
            (not null, not null, true) => $"error at {field} ({place})",
            (not null, null, true) => $"error at {field}",
            (null, not null, true) => $"error at {place}",
            _ => english ? "the JSON does not fit" : "plaats onbekend",
        };
    }
}
