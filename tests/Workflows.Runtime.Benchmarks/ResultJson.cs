using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Runtime.Benchmarks;

/// <summary>How results become the JSON lines on stdout: snake_case keys, floats rounded to 3 decimals.</summary>
internal static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static JsonObject ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options)!.AsObject();

    public static string ToLine(JsonObject value) => value.ToJsonString(Options);

    public static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, rounded, or 0 when undefined.</summary>
    public static double Ratio(double numerator, double denominator) => denominator > 0 ? Round(numerator / denominator) : 0;
}
