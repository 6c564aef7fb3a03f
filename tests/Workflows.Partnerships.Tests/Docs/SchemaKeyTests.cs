using System.Reflection;
using System.Text.Json.Nodes;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Tests.Configuration;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>The schema knows exactly the keys, keywords and defaults the loader knows, so neither can drift from the other.</summary>
public sealed class SchemaKeyTests
{
    /// <summary>Where each keyword table is used in the file; a table the loader gains must be added here and to the schema.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> KeywordPaths = new(StringComparer.Ordinal)
    {
        ["partnership.schoolRegion"] = ConfigKeywords.SchoolRegions.Keywords,
        ["partnership.language"] = ConfigKeywords.Languages.Keywords,
        ["organizations[].kind"] = ConfigKeywords.OrganizationKinds.Keywords,
        ["meetings[].holidays"] = ConfigKeywords.HolidayPolicies.Keywords,
        ["meetings[].tone"] = ConfigKeywords.Tones.Keywords,
        ["meetings[].quorum.requireKinds[]"] = ConfigKeywords.OrganizationKinds.Keywords,
        ["meetings[].quorum.onMissing"] = ConfigKeywords.OnMissing.Keywords,
        ["calendar.liberationDay"] = ConfigKeywords.LiberationDays.Keywords,
    };

    [Fact]
    public void Every_mapping_of_the_schema_has_exactly_the_loaders_keys()
    {
        var schema = PartnershipSchema.Walk()
            .Where(s => s.Resolved["properties"] is JsonObject)
            .ToDictionary(s => s.Path, s => Sorted(((JsonObject)s.Resolved["properties"]!).Select(p => p.Key)));
        var loader = ConfigKeys.ByPath.ToDictionary(p => p.Key, p => Sorted(p.Value));

        Assert.Equal(Sorted(loader.Keys), Sorted(schema.Keys));
        foreach (var (path, keys) in loader)
        {
            Assert.True(keys.SequenceEqual(schema[path]), $"'{path}': the loader reads [{string.Join(", ", keys)}], the schema has [{string.Join(", ", schema[path])}]");
        }
    }

    [Fact]
    public void Every_mapping_of_the_schema_refuses_unknown_keys_as_the_loader_does()
    {
        foreach (var (path, _, schema) in PartnershipSchema.Walk().Where(s => s.Resolved["properties"] is JsonObject))
        {
            Assert.True(schema["additionalProperties"] is JsonValue value && !value.GetValue<bool>(), $"'{path}' lacks additionalProperties: false");
        }
    }

    [Fact]
    public void Every_key_has_a_description_for_the_editor_to_show()
    {
        foreach (var (path, written, _) in PartnershipSchema.Walk().Where(s => s.Path.Length > 0))
        {
            Assert.False(string.IsNullOrWhiteSpace(written["description"]?.GetValue<string>()), $"'{path}' has no description");
        }
    }

    [Fact]
    public void Every_pattern_has_a_message_the_editor_shows_instead_of_the_expression()
    {
        var patterns = Subschemas(PartnershipSchema.Document).Where(s => s.ContainsKey("pattern")).ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, s => Assert.False(
            string.IsNullOrWhiteSpace(s["patternErrorMessage"]?.GetValue<string>()), $"no patternErrorMessage beside {s["pattern"]}"));
    }

    [Fact]
    public void Every_enum_of_the_schema_is_a_keyword_table_of_the_loader()
    {
        var schema = PartnershipSchema.Walk()
            .Where(s => s.Resolved["enum"] is JsonArray)
            .ToDictionary(s => s.Path, s => ((JsonArray)s.Resolved["enum"]!).Select(v => v!.GetValue<string>()).ToList());

        Assert.Equal(Sorted(KeywordPaths.Keys), Sorted(schema.Keys));
        foreach (var (path, keywords) in KeywordPaths)
        {
            Assert.Equal(keywords, schema[path]);
        }
    }

    [Fact]
    public void Every_keyword_table_of_the_loader_is_in_the_schema()
    {
        var tables = typeof(ConfigKeywords)
            .GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(KeywordTable<>))
            .Select(p => (p.Name, Keywords: (IReadOnlyList<string>)p.PropertyType.GetProperty(nameof(KeywordTable<Language>.Keywords))!.GetValue(p.GetValue(null))!))
            .ToList();

        Assert.NotEmpty(tables);
        foreach (var (name, keywords) in tables)
        {
            Assert.True(KeywordPaths.Values.Any(k => ReferenceEquals(k, keywords)), $"ConfigKeywords.{name} is used nowhere in the schema");
        }
    }

    [Fact]
    public void The_selector_pattern_knows_every_organization_kind()
    {
        string pattern = ((JsonObject)PartnershipSchema.Document["$defs"]!["selector"]!)["pattern"]!.GetValue<string>();

        Assert.Contains($"kind:(?:{string.Join('|', ConfigKeywords.OrganizationKinds.Keywords)})", pattern, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_of_the_schema_is_what_the_loader_fills_in()
    {
        var result = PartnershipConfigLoader.Parse(WithoutOptionalKeys, "defaults.yaml", SampleConfigs.Today);
        Assert.Empty(result.Errors);
        var config = result.Config!;
        var meeting = config.Meetings[0];
        var round = config.SubsidyRounds[0];
        var loaded = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["partnership.timeZone"] = config.Partnership.TimeZone,
            ["partnership.language"] = ConfigKeywords.ToKeyword(config.Partnership.Language),
            ["meetings[].online"] = meeting.Online,
            ["meetings[].holidays"] = ConfigKeywords.ToKeyword(meeting.Holidays),
            ["meetings[].tone"] = ConfigKeywords.Tones.ToKeyword(meeting.Tone),
            ["meetings[].minAnswerWorkingDays"] = meeting.MinAnswerWorkingDays,
            ["meetings[].minReminderWorkingDays"] = meeting.MinReminderWorkingDays,
            ["meetings[].agenda.updateWorkingDays"] = meeting.Agenda.UpdateWorkingDays,
            ["meetings[].quorum.onMissing"] = ConfigKeywords.ToKeyword(meeting.Quorum.OnMissing),
            ["meetings[].quorum.countCoordinators"] = meeting.Quorum.CountCoordinators,
            ["subsidyRounds[].reminders"] = new JsonArray([.. round.Reminders.Select(d => JsonValue.Create(d))]),
            ["subsidyRounds[].shareApplications"] = round.ShareApplications,
            ["calendar.includeGoodFriday"] = config.Calendar.IncludeGoodFriday,
            ["calendar.liberationDay"] = ConfigKeywords.ToKeyword(config.Calendar.LiberationDay),
            ["calendar.fridayAfterAscension"] = config.Calendar.FridayAfterAscension,
        };

        var defaults = PartnershipSchema.Walk()
            .Select(s => (s.Path, Default: s.Written["default"] ?? s.Resolved["default"]))
            .Where(s => s.Default is not null)
            .ToDictionary(s => s.Path, s => s.Default);

        Assert.Equal(Sorted(loaded.Keys), Sorted(defaults.Keys));
        foreach (var (path, value) in loaded)
        {
            Assert.True(JsonNode.DeepEquals(value, defaults[path]), $"'{path}': the loader fills in {value?.ToJsonString()}, the schema says {defaults[path]?.ToJsonString()}");
        }
    }

    // Each section with a default present, each optional key left out; calendar present but empty.
    private const string WithoutOptionalKeys = """
        partnership:
          id: p
          name: P
          schoolRegion: noord
          organizer: secretariaat@p.example
        organizations:
          - { id: roc, name: ROC, kind: mbo }
        people:
          - { id: anna, name: Anna Smit, email: anna@p.example, organization: roc, roles: [docent] }
        groups:
          - { id: g, name: G, members: [anna] }
        meetings:
          - id: m
            group: g
            title: M
            recurrence: FREQ=MONTHLY;BYDAY=2TU
            start: 2026-09-08
            time: 15:00-17:00
            inviteLeadDays: 14
            rsvpDeadlineDays: 5
            agenda: { fixedItems: [Rondvraag] }
            quorum: { minAccepted: 1 }
            lowTurnout: 0.5
        subsidyRounds:
          - { id: r, title: R, funder: F, deadline: 2027-02-15, audience: [anna] }
        calendar: {}
        """;

    private static IEnumerable<JsonObject> Subschemas(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Subschemas(p.Value))],
        JsonArray a => a.SelectMany(Subschemas),
        _ => [],
    };

    private static List<string> Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];
}
