using System.Reflection;
using System.Text.Json.Nodes;

namespace Workflows.Functions.Tests;

/// <summary>What the Worker SDK generated when it built the Functions app (the same configuration as these tests).</summary>
internal static class FunctionsBuildOutput
{
    /// <summary>functions/Workflows.Functions/bin/{Configuration}/{TargetFramework}/, recorded by the csproj.</summary>
    public static string Directory =>
        typeof(FunctionsBuildOutput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "FunctionsBuildOutput").Value
        ?? throw new InvalidOperationException("Assembly metadata FunctionsBuildOutput is empty.");

    public static JsonArray FunctionsMetadata() => (JsonArray)Read("functions.metadata");

    public static JsonObject Extensions() => (JsonObject)Read("extensions.json");

    private static JsonNode Read(string file)
    {
        string path = Path.Combine(Directory, file);
        Assert.True(File.Exists(path), $"{path} is missing: the Functions app's build did not generate it.");
        return JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty.");
    }
}
