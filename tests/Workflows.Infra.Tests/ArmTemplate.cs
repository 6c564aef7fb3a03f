using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workflows.Infra.Tests;

/// <summary>
/// Read-only view of a compiled ARM template: its resources (symbolic-name dictionary or array),
/// its nested module deployments, and simple <c>variables('x')</c> references resolved, so
/// tests can assert what Azure will receive rather than what the Bicep source says.
/// </summary>
internal sealed partial class ArmTemplate
{
    private ArmTemplate(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    /// <summary>The compiled main template: what <c>azd provision</c> deploys, modules inline.</summary>
    public static ArmTemplate Compiled() => Load(Path.Combine(RepositoryPaths.CompiledInfra, "main.json"));

    public static ArmTemplate Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new InvalidOperationException($"{path} is not a JSON object."));

    public IEnumerable<JsonObject> Resources => Root["resources"] switch
    {
        JsonArray array => array.Select(node => node!.AsObject()),
        JsonObject symbolic => symbolic.Select(pair => pair.Value!.AsObject()),
        _ => [],
    };

    public IReadOnlyList<JsonObject> OfType(string type) =>
        [.. Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The one resource of <paramref name="type"/>; fails when there are none or several.</summary>
    public JsonObject Single(string type) => Assert.Single(OfType(type));

    /// <summary>The template of the module deployed as <paramref name="deploymentName"/>.</summary>
    public ArmTemplate Module(string deploymentName)
    {
        var deployment = Assert.Single(OfType("Microsoft.Resources/deployments"),
            resource => (string?)resource["name"] == deploymentName);
        return new ArmTemplate(deployment["properties"]!["template"]!.AsObject());
    }

    /// <summary>The expression the parameter <paramref name="parameter"/> of the module deployed as <paramref name="deploymentName"/> is given.</summary>
    public string? ModuleParameter(string deploymentName, string parameter)
    {
        var deployment = Assert.Single(OfType("Microsoft.Resources/deployments"),
            resource => (string?)resource["name"] == deploymentName);
        return (string?)deployment["properties"]!["parameters"]![parameter]!["value"];
    }

    public IEnumerable<ArmTemplate> Modules =>
        OfType("Microsoft.Resources/deployments").Select(deployment => new ArmTemplate(deployment["properties"]!["template"]!.AsObject()));

    public JsonNode? Variable(string name) => Root["variables"]?[name];

    /// <summary>Replaces each <c>variables('name')</c> whose value is a plain string by that string, quoted.</summary>
    public string Resolve(string expression) =>
        VariableReference().Replace(expression, match =>
            Variable(match.Groups["name"].Value) is JsonValue value && value.TryGetValue(out string? text)
                ? $"'{text}'"
                : match.Value);

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
