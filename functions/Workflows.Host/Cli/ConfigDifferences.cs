using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Cli;

/// <summary>
/// What a configuration file would change in the stored configuration, by section and id: what <c>serve</c> says
/// before it refuses to replace a stored configuration silently. Compared by content (the records hold lists,
/// which record equality compares by reference), so a file that only differs in comments or layout differs in nothing.
/// </summary>
internal static class ConfigDifferences
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new NodaTimeAsText() } };

    /// <summary>One line per kind of change ("the file adds meeting series: a, b"); empty when the content is the same.</summary>
    public static IReadOnlyList<string> Describe(PartnershipConfig stored, PartnershipConfig file)
    {
        var lines = new List<string>();
        if (!Same(stored.Partnership, file.Partnership))
        {
            lines.Add("the file changes the partnership settings (partnership:)");
        }

        Compare("organizations", stored.Organizations, file.Organizations, o => o.Id, lines);
        Compare("people", stored.People, file.People, p => p.Id, lines);
        Compare("groups", stored.Groups, file.Groups, g => g.Id, lines);
        Compare("meeting series", stored.Meetings, file.Meetings, m => m.Id, lines);
        Compare("subsidy rounds", stored.SubsidyRounds, file.SubsidyRounds, r => r.Id, lines);
        Compare("convenants", stored.Convenants, file.Convenants, c => c.Id, lines);
        if (!Same(stored.Calendar, file.Calendar))
        {
            lines.Add("the file changes the calendar (calendar:)");
        }

        return lines;
    }

    private static void Compare<T>(string section, IReadOnlyList<T> stored, IReadOnlyList<T> file, Func<T, string> id, List<string> lines)
    {
        var before = stored.ToDictionary(id, StringComparer.Ordinal);
        var after = file.ToDictionary(id, StringComparer.Ordinal);
        Add(lines, $"the file adds {section}", after.Keys.Where(k => !before.ContainsKey(k)));
        Add(lines, $"the file removes {section}", before.Keys.Where(k => !after.ContainsKey(k)));
        Add(lines, $"the file changes {section}", after.Keys.Where(k => before.TryGetValue(k, out var old) && !Same(old, after[k])));
    }

    private static void Add(List<string> lines, string what, IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            lines.Add($"{what}: {string.Join(", ", list)}");
        }
    }

    private static bool Same<T>(T a, T b) =>
        string.Equals(JsonSerializer.Serialize(a, Json), JsonSerializer.Serialize(b, Json), StringComparison.Ordinal);

    /// <summary>NodaTime's values (dates, times, zones) as their invariant text: their properties are not data.</summary>
    private sealed class NodaTimeAsText : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) == true;

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(AsText<>).MakeGenericType(typeToConvert))!;

        private sealed class AsText<T> : JsonConverter<T>
        {
            public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                throw new NotSupportedException("Only written, for comparison.");

            public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
                writer.WriteStringValue(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());
        }
    }
}
