using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Partnerships.Configuration;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>docs/configuration.md has a row for every key the loader reads, with the schema's default, and names every keyword.</summary>
public sealed class ConfigurationReferenceTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFiles.ReferencePath);

    public static TheoryData<string> KeyPaths() =>
        [.. ConfigKeys.ByPath.SelectMany(p => p.Value.Select(key => p.Key.Length == 0 ? key : $"{p.Key}.{key}"))];

    [Theory]
    [MemberData(nameof(KeyPaths))]
    public void Every_key_has_a_row_in_the_reference(string path)
    {
        Assert.Single(Lines, line => line.StartsWith($"| `{path}` |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_default_of_the_schema_is_in_its_keys_row()
    {
        var defaults = PartnershipSchema.Walk()
            .Select(s => (s.Path, Default: s.Written["default"] ?? s.Resolved["default"]))
            .Where(s => s.Default is not null)
            .ToList();

        Assert.NotEmpty(defaults);
        foreach (var (path, value) in defaults)
        {
            string row = Lines.Single(line => line.StartsWith($"| `{path}` |", StringComparison.Ordinal));
            Assert.Contains($"`{Written(value!)}`", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_keyword_is_named()
    {
        string text = string.Join('\n', Lines);
        var keywords = ((IReadOnlyList<string>[])
        [
            ConfigKeywords.SchoolRegions.Keywords, ConfigKeywords.Languages.Keywords, ConfigKeywords.OrganizationKinds.Keywords,
            ConfigKeywords.HolidayPolicies.Keywords, ConfigKeywords.Tones.Keywords, ConfigKeywords.OnMissing.Keywords,
            ConfigKeywords.LiberationDays.Keywords,
        ]).SelectMany(k => k);

        Assert.All(keywords, keyword => Assert.Contains($"`{keyword}`", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_reference_tells_how_to_get_the_editor_checking()
    {
        string text = string.Join('\n', Lines);

        Assert.Contains("# yaml-language-server: $schema=../../docs/partnership.schema.json", text, StringComparison.Ordinal);
        Assert.Contains("redhat.vscode-yaml", text, StringComparison.Ordinal);
        Assert.Contains("-- validate ", text, StringComparison.Ordinal);
    }

    // A default as YAML writes it: [30, 14, 7, 1], false, 5, Europe/Amsterdam.
    private static string Written(JsonNode value) => value switch
    {
        JsonArray items => $"[{string.Join(", ", items.Select(i => Written(i!)))}]",
        JsonValue scalar when scalar.TryGetValue(out bool flag) => flag ? "true" : "false",
        JsonValue scalar when scalar.TryGetValue(out string? text) => text,
        JsonValue scalar => Convert.ToString(scalar.GetValue<decimal>(), CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };
}
