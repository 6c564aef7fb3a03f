namespace Workflows.Infra.Tests;

public sealed class KeyVaultTemplateTests
{
    private static readonly ArmTemplate KeyVault = ArmTemplate.Compiled().Module("keyvault");

    [Fact]
    public void Vault_UsesRbacSoftDeleteAndPurgeProtection()
    {
        var properties = KeyVault.Single("Microsoft.KeyVault/vaults")["properties"]!;

        Assert.True((bool?)properties["enableRbacAuthorization"]);
        Assert.True((bool?)properties["enableSoftDelete"]);
        Assert.True((bool?)properties["enablePurgeProtection"]);
        Assert.Null(properties["accessPolicies"]);
    }

    [Fact]
    public void Identity_MayOnlyReadSecrets()
    {
        var forIdentity = Assert.Single(KeyVault.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => (string?)assignment["properties"]!["principalId"] == "[reference('identity').principalId]");

        // Key Vault Secrets User: read secret values, nothing else.
        Assert.Equal("[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')]",
            KeyVault.Resolve((string)forIdentity["properties"]!["roleDefinitionId"]!));
    }

    [Fact]
    public void GeneratedKeys_AreStoredFromSecureParameters()
    {
        var secrets = KeyVault.OfType("Microsoft.KeyVault/vaults/secrets");
        var parameters = KeyVault.Root["parameters"]!;

        foreach (var (parameter, secretKey) in new[] { ("linkSigningKey", "linkSigningKey"), ("apiKey", "apiKey") })
        {
            Assert.Equal("securestring", ((string?)parameters[parameter]!["type"])!.ToLowerInvariant());
            Assert.Single(secrets, secret =>
                (string?)secret["properties"]!["value"] == $"[parameters('{parameter}')]"
                && ((string?)secret["name"])!.Contains($"variables('secretNames').{secretKey}", StringComparison.Ordinal)
                && secret["condition"] is null);
        }
    }

    [Fact]
    public void GraphClientSecret_IsNeverATemplateInput()
    {
        var secrets = KeyVault.OfType("Microsoft.KeyVault/vaults/secrets");

        // The operator sets it in the vault; the template only names it.
        Assert.DoesNotContain(secrets, secret => ((string?)secret["name"])!.Contains("graphClientSecret", StringComparison.Ordinal));
        Assert.Equal("messaging-graph-client-secret", (string?)KeyVault.Variable("secretNames")!["graphClientSecret"]);
    }
}
