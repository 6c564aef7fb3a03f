using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>docs/partnership.schema.json: read once, checked against YAML texts, and walked by the paths the loader uses.</summary>
internal static class PartnershipSchema
{
    private static readonly Lazy<JsonSchema> Compiled = new(() => JsonSchema.FromText(File.ReadAllText(RepoFiles.SchemaPath)));

    public static JsonObject Document { get; } = (JsonObject)JsonNode.Parse(File.ReadAllText(RepoFiles.SchemaPath))!;

    /// <summary>Empty when <paramref name="yamlText"/> is valid; otherwise each error as "location: message".</summary>
    public static IReadOnlyList<string> Errors(string yamlText)
    {
        using var json = JsonDocument.Parse(YamlJson.Convert(yamlText)?.ToJsonString() ?? "null");
        var result = Compiled.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? []).Append(result)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail)"];
    }

    /// <summary>The subschema a <c>$ref</c> points to, or the schema itself.</summary>
    public static JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            const string Prefix = "#/$defs/";
            Assert.StartsWith(Prefix, reference);
            schema = (JsonObject)Document["$defs"]![reference[Prefix.Length..]]!;
        }

        return schema;
    }

    /// <summary>
    /// Every (sub)schema with its path in the loader's notation: <c>""</c> for the document, <c>meetings[]</c> for an
    /// entry of meetings, <c>meetings[].agenda.fixedItems</c> for a property. The schema as written (before any
    /// <c>$ref</c>) comes with the resolved one, because a property's own description sits beside its <c>$ref</c>.
    /// </summary>
    public static IEnumerable<(string Path, JsonObject Written, JsonObject Resolved)> Walk() => Walk(string.Empty, Document);

    private static IEnumerable<(string, JsonObject, JsonObject)> Walk(string path, JsonObject written)
    {
        var schema = Resolve(written);
        yield return (path, written, schema);
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                foreach (var inner in Walk(path.Length == 0 ? key : $"{path}.{key}", (JsonObject)value!))
                {
                    yield return inner;
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            foreach (var inner in Walk($"{path}[]", items))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The <c>type</c> keyword as a list (it may be one name or several).</summary>
    public static IReadOnlyList<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray names => [.. names.Select(n => n!.GetValue<string>())],
        JsonValue name => [name.GetValue<string>()],
        _ => [],
    };
}
