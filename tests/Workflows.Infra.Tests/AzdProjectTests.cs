using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Workflows.Infra.Tests;

public sealed partial class AzdProjectTests
{
    private static YamlMappingNode Project()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, "azure.yml"));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Service()
    {
        var services = (YamlMappingNode)Project()["services"];
        var (name, service) = Assert.Single(services.Children);
        Assert.Equal("workflows", ((YamlScalarNode)name).Value);
        return (YamlMappingNode)service;
    }

    /// <summary>The folder azure.yml's service deploys, relative to the repository root.</summary>
    internal static string ServiceProjectFolder() => ((YamlScalarNode)Service()["project"]).Value!;

    [Fact]
    public void Project_HasOneFunctionServiceForTheIsolatedWorkerApp()
    {
        var service = Service();

        Assert.Equal("function", ((YamlScalarNode)service["host"]).Value);
        Assert.Equal("dotnet", ((YamlScalarNode)service["language"]).Value);
        var folder = ServiceProjectFolder();
        Assert.Equal("./functions/Workflows.Functions", folder);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, folder, "Workflows.Functions.csproj")), $"{folder} has no Workflows.Functions.csproj.");
        // azd publishes the one project file it finds in the folder and refuses a folder with several.
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, folder), "*.*proj");
        Assert.Equal("Workflows.Functions.csproj", Path.GetFileName(Assert.Single(projects)));
    }

    [Fact]
    public async Task Project_IsAnIsolatedWorkerOnTheNetVersionTheAppRuns()
    {
        var project = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, ServiceProjectFolder(), "Workflows.Functions.csproj"));
        var runtime = ArmTemplate.Compiled().Module("functionapp").Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["runtime"]!;

        var properties = await DotnetCli.GetPropertiesAsync(project, "TargetFramework", "TargetFrameworks", "OutputType", "AzureFunctionsVersion");

        // The Flex Consumption runtime (functionAppConfig.runtime.version) must be the framework the worker is built for.
        Assert.Equal($"net{(string?)runtime["version"]}", properties["TargetFramework"]);
        Assert.Equal("", properties["TargetFrameworks"]);
        Assert.Equal("Exe", properties["OutputType"]);
        Assert.Equal("v4", properties["AzureFunctionsVersion"]);
    }

    [Fact]
    public void Project_NameIsAValidAzdName()
    {
        Assert.Matches("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", ((YamlScalarNode)Project()["name"]).Value);
    }

    [Fact]
    public void Infra_PointsAtTheCompiledMainModule()
    {
        var infra = (YamlMappingNode)Project()["infra"];

        Assert.Equal("bicep", ((YamlScalarNode)infra["provider"]).Value);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ((YamlScalarNode)infra["path"]).Value!, ((YamlScalarNode)infra["module"]).Value + ".bicep")));
    }

    [Fact]
    public void Parameters_FillEveryRequiredParameterOrLetAzdGenerateIt()
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json")))!["parameters"]!.AsObject();
        var declared = ArmTemplate.Compiled().Root["parameters"]!.AsObject();

        Assert.Equal("${AZURE_ENV_NAME}", (string?)file["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)file["location"]!["value"]);
        Assert.All(file, parameter => Assert.True(declared.ContainsKey(parameter.Key), $"{parameter.Key} is not a parameter of main.bicep."));
        foreach (var (name, parameter) in declared)
        {
            var generated = (string?)parameter!["metadata"]?["azd"]?["type"] == "generate";
            Assert.True(parameter["defaultValue"] is not null || file.ContainsKey(name) || generated, $"Nothing fills {name}.");
        }
    }

    [Fact]
    public void Parameters_ReadOnlyEnvironmentVariables()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "main.parameters.json"));

        // Values are azd substitutions, never literals that could be a secret committed by mistake.
        foreach (var value in JsonNode.Parse(text)!["parameters"]!.AsObject().Select(pair => (string?)pair.Value!["value"]))
        {
            Assert.Matches(Substitution(), value);
        }
    }

    [Fact]
    public void Service_MatchesTheFunctionAppTag()
    {
        var tags = (string?)ArmTemplate.Compiled().Module("functionapp").Single("Microsoft.Web/sites")["tags"];
        var name = ((YamlScalarNode)((YamlMappingNode)Project()["services"]).Children.Single().Key).Value;

        Assert.Contains($"'azd-service-name', '{name}'", tags, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\$\{[A-Z_]+(=[A-Za-z]*)?\}$")]
    private static partial Regex Substitution();
}
