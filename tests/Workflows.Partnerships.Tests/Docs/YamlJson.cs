using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Workflows.Partnerships.Tests.Docs;

/// <summary>
/// A YAML document as the JSON a schema checks, typed the way VS Code's YAML extension types it (YAML 1.2's core
/// schema): plain <c>true</c>, <c>12</c>, <c>0.5</c> and <c>null</c> are a boolean, numbers and null; everything
/// else, dates such as 2026-11-17 included, is a string. (YAML 1.1 would make that date a timestamp and <c>no</c>
/// a boolean; the extension and the loader do neither.)
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? Convert(string yamlText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yamlText));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(
            pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? string.Empty, Node(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? string.Empty;
        bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (!plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str"))
        {
            return JsonValue.Create(text);
        }

        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (BoolPattern().IsMatch(text))
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (IntPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole))
        {
            return JsonValue.Create(whole);
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
