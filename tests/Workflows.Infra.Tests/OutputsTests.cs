namespace Workflows.Infra.Tests;

public sealed class OutputsTests
{
    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    public void Main_OutputsWhatAzdAndTheReadmeUse(string name)
    {
        Assert.Equal("string", (string?)ArmTemplate.Compiled().Root["outputs"]![name]!["type"]);
    }

    [Fact]
    public void NoTemplate_OutputsASecret()
    {
        var main = ArmTemplate.Compiled();
        var templates = new[] { main }.Concat(main.Modules).ToList();

        Assert.Equal(6, templates.Count);
        foreach (var template in templates)
        {
            var secureParameters = (template.Root["parameters"]?.AsObject() ?? [])
                .Where(parameter => ((string?)parameter.Value!["type"] ?? "").StartsWith("secure", StringComparison.OrdinalIgnoreCase))
                .Select(parameter => $"parameters('{parameter.Key}')")
                .ToList();
            foreach (var (name, output) in template.Root["outputs"]?.AsObject() ?? [])
            {
                var type = (string?)output!["type"];
                var value = output["value"]?.ToJsonString() ?? "";
                Assert.False((type ?? "").StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"{name} is a secure output.");
                Assert.DoesNotMatch(@"\blist[A-Za-z]*\(", value);
                Assert.DoesNotContain("Microsoft.KeyVault/vaults/secrets", value, StringComparison.Ordinal);
                Assert.All(secureParameters, parameter => Assert.DoesNotContain(parameter, value, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Main_TakesSecretsOnlyAsSecureParameters()
    {
        var parameters = ArmTemplate.Compiled().Root["parameters"]!.AsObject();

        Assert.Equal("securestring", ((string?)parameters["linkSigningKey"]!["type"])!.ToLowerInvariant());
        Assert.Equal("securestring", ((string?)parameters["apiKey"]!["type"])!.ToLowerInvariant());
        Assert.All(parameters, parameter =>
            Assert.True(parameter.Value!["defaultValue"] is null || !((string?)parameter.Value["type"])!.StartsWith("secure", StringComparison.OrdinalIgnoreCase),
                $"{parameter.Key}: a secure parameter with a default would put the secret in the template."));
    }
}
