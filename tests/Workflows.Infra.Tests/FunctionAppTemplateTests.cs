using System.Text.Json.Nodes;

namespace Workflows.Infra.Tests;

public sealed class FunctionAppTemplateTests
{
    private static readonly ArmTemplate FunctionApp = ArmTemplate.Compiled().Module("functionapp");

    private static JsonObject AppSettings =>
        Assert.Single(FunctionApp.OfType("Microsoft.Web/sites/config"),
            config => ((string?)config["name"])!.Contains("'appsettings'", StringComparison.Ordinal))["properties"]!.AsObject();

    [Fact]
    public void Plan_IsLinuxFlexConsumption()
    {
        var plan = FunctionApp.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool?)plan["properties"]!["reserved"], "Flex Consumption runs on Linux only: reserved must be true.");
    }

    [Fact]
    public void Site_RunsDotnetIsolated10OnThePlan()
    {
        // .NET 10 is on Flex Consumption's list (dotnet-isolated 10.0 / 9.0 / 8.0); AzdProjectTests checks that the
        // deployed project targets net10.0.
        var site = FunctionApp.Single("Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Contains("Microsoft.Web/serverfarms", (string?)site["properties"]!["serverFarmId"], StringComparison.Ordinal);
        Assert.True((bool?)site["properties"]!["httpsOnly"]);
    }

    [Fact]
    public void Deployment_PackageIsReadWithTheUserAssignedIdentity()
    {
        var site = FunctionApp.Single("Microsoft.Web/sites");
        var storage = site["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
    }

    [Fact]
    public void Scale_HasInstanceMemoryAndAnUpperBound()
    {
        var scale = FunctionApp.Single("Microsoft.Web/sites")["properties"]!["functionAppConfig"]!["scaleAndConcurrency"]!;

        Assert.Equal("[parameters('instanceMemoryMB')]", (string?)scale["instanceMemoryMB"]);
        Assert.Equal("[parameters('maximumInstanceCount')]", (string?)scale["maximumInstanceCount"]);
    }

    [Fact]
    public void HostStorage_IsIdentityBasedWithoutAConnectionString()
    {
        var settings = AppSettings;

        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('storageAccountName')]", (string?)settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("[parameters('storageBlobEndpoint')]", (string?)settings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.Equal("[parameters('storageQueueEndpoint')]", (string?)settings["AzureWebJobsStorage__queueServiceUri"]);
        Assert.Equal("[parameters('storageTableEndpoint')]", (string?)settings["AzureWebJobsStorage__tableServiceUri"]);
        Assert.False(settings.ContainsKey("AzureWebJobsStorage"), "A connection string would need the account key, which is switched off.");
        // Flex Consumption takes the runtime from functionAppConfig and rejects these settings.
        Assert.False(settings.ContainsKey("FUNCTIONS_WORKER_RUNTIME"));
        Assert.False(settings.ContainsKey("FUNCTIONS_EXTENSION_VERSION"));
    }

    [Fact]
    public void HostStorage_IsTheAccountOfTheStorageModuleWithTheIdentityTheAppRunsAs()
    {
        var main = ArmTemplate.Compiled();

        // The account name, endpoints and client id the settings carry are the storage and identity modules' own outputs,
        // so the task hub lives in the account whose data roles that identity holds (StorageTemplateTests).
        Assert.EndsWith("'storage'), '2025-04-01').outputs.name.value]", main.ModuleParameter("functionapp", "storageAccountName"), StringComparison.Ordinal);
        Assert.EndsWith("'storage'), '2025-04-01').outputs.blobEndpoint.value]", main.ModuleParameter("functionapp", "storageBlobEndpoint"), StringComparison.Ordinal);
        Assert.EndsWith("'storage'), '2025-04-01').outputs.queueEndpoint.value]", main.ModuleParameter("functionapp", "storageQueueEndpoint"), StringComparison.Ordinal);
        Assert.EndsWith("'storage'), '2025-04-01').outputs.tableEndpoint.value]", main.ModuleParameter("functionapp", "storageTableEndpoint"), StringComparison.Ordinal);
        Assert.EndsWith("'identity'), '2025-04-01').outputs.clientId.value]", main.ModuleParameter("functionapp", "identityClientId"), StringComparison.Ordinal);
        Assert.EndsWith("'identity'), '2025-04-01').outputs.id.value]", main.ModuleParameter("functionapp", "identityId"), StringComparison.Ordinal);
        var site = FunctionApp.Single("Microsoft.Web/sites");
        Assert.True(site["identity"]!["userAssignedIdentities"]!.AsObject().ContainsKey("[format('{0}', parameters('identityId'))]"),
            site["identity"]!.ToJsonString());
    }

    [Fact]
    public void Template_HasNoAccountKeyConnectionStringOrCustomHandler()
    {
        // Everything azd provision deploys, modules included.
        var text = ArmTemplate.Compiled().Root.ToJsonString();

        // A key could only come from listKeys() or a literal connection string; shared-key access is off anyway.
        Assert.DoesNotContain("listKeys", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DefaultEndpointsProtocol", text, StringComparison.OrdinalIgnoreCase);
        // The custom handler is gone: no customHandler settings, no worker runtime "custom" (nor any
        // FUNCTIONS_WORKER_RUNTIME: Flex Consumption takes the runtime from functionAppConfig.runtime).
        Assert.DoesNotContain("customHandler", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AzureWebJobsScriptRoot", text, StringComparison.OrdinalIgnoreCase);
        Assert.All(AppSettings.Select(setting => setting.Key).Where(key => key.StartsWith("AzureWebJobsStorage", StringComparison.Ordinal)),
            key => Assert.StartsWith("AzureWebJobsStorage__", key, StringComparison.Ordinal));
    }

    [Fact]
    public void ApplicationInsights_IsReachedWithAnEntraToken()
    {
        Assert.Equal("[format('Authorization=AAD;ClientId={0}', parameters('identityClientId'))]",
            (string?)AppSettings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void ActionLinks_PointAtTheAppsOwnHost()
    {
        // Without it links in mails would lead to serve's local default, http://127.0.0.1:7071.
        var baseUrl = (string?)AppSettings["Workflows__PublicBaseUrl"];

        Assert.NotNull(baseUrl);
        Assert.StartsWith("[format('https://{0}', reference(", baseUrl, StringComparison.Ordinal);
        Assert.Contains("defaultHostName", baseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void DashboardSignIn_IsEntraInFrontOfTheDashboardOnlyWhenConfigured()
    {
        var signIn = Assert.Single(FunctionApp.OfType("Microsoft.Web/sites/config"),
            config => ((string?)config["name"])!.Contains("'authsettingsV2'", StringComparison.Ordinal));
        var validation = signIn["properties"]!["globalValidation"]!;
        var entra = signIn["properties"]!["identityProviders"]!["azureActiveDirectory"]!;

        // Deployed only with a client id; then the app trusts the principal header, and only then.
        Assert.Equal("[variables('dashboardSignIn')]", (string?)signIn["condition"]);
        Assert.Equal("[if(variables('dashboardSignIn'), 'true', 'false')]", (string?)AppSettings["Workflows__Dashboard__TrustAppServiceAuthentication"]);
        Assert.True((bool?)validation["requireAuthentication"]);
        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);

        // The API and the action links in directors' mail must stay reachable without an Entra sign-in.
        Assert.Contains("/api/*", validation["excludedPaths"]!.AsArray().Select(p => (string?)p));

        // No client secret to expire: the app's own identity is the federated credential.
        Assert.Equal("OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID", (string?)entra["registration"]!["clientSecretSettingName"]);
        Assert.Equal("[if(variables('dashboardSignIn'), parameters('identityClientId'), '')]", (string?)AppSettings["OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID"]);
    }

    [Fact]
    public void Graph_ManagedIdentity_IsTheAppsUserAssignedOne()
    {
        // The site has only the user-assigned identity; a system-assigned credential would find none.
        Assert.Equal("[parameters('identityClientId')]", (string?)AppSettings["Messaging__Graph__ManagedIdentityClientId"]);
        Assert.Equal("UserAssigned", (string?)FunctionApp.Single("Microsoft.Web/sites")["identity"]!["type"]);
    }

    [Fact]
    public void Outbox_WritesOutsideTheReadOnlyPackage()
    {
        var directory = (string?)AppSettings["Workflows__Outbox__Directory"];

        Assert.NotNull(directory);
        Assert.StartsWith("/tmp/", directory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Workflows__LinkSigningKey", "linkSigningKey")]
    [InlineData("Workflows__ApiKey", "apiKey")]
    [InlineData("Messaging__Graph__TenantId", "graphTenantId")]
    [InlineData("Messaging__Graph__ClientId", "graphClientId")]
    [InlineData("Messaging__Graph__ClientSecret", "graphClientSecret")]
    public void Secrets_AreKeyVaultReferencesToSecretsTheVaultKnows(string setting, string secretKey)
    {
        Assert.Equal($"[__bicep.keyVaultReference(parameters('keyVaultUri'), parameters('secretNames').{secretKey})]",
            (string?)AppSettings[setting]);
        var function = FunctionApp.Root["functions"]![0]!["members"]!["keyVaultReference"]!;
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1})', parameters('vaultUri'), parameters('secretName'))]",
            (string?)function["output"]!["value"]);

        // The secret name the app is given is the one the Key Vault module defines (and writes, or documents).
        var main = ArmTemplate.Compiled();
        var names = main.Module("keyvault").Variable("secretNames")!;
        Assert.False(string.IsNullOrEmpty((string?)names[secretKey]));
        var deployment = Assert.Single(main.OfType("Microsoft.Resources/deployments"), resource => (string?)resource["name"] == "functionapp");
        var passed = (string?)deployment["properties"]!["parameters"]!["secretNames"]!["value"];
        Assert.Contains("'keyvault'", passed, StringComparison.Ordinal);
        Assert.Contains("outputs.secretNames.value", passed, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_CarryNoSecureParameter()
    {
        var secureParameters = (FunctionApp.Root["parameters"]?.AsObject() ?? [])
            .Where(parameter => ((string?)parameter.Value!["type"] ?? "").StartsWith("secure", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(secureParameters);
    }

    [Fact]
    public void PublishingCredentials_AreOff()
    {
        var policies = FunctionApp.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        Assert.Equal(2, policies.Count);
        Assert.All(policies, policy => Assert.False((bool?)policy["properties"]!["allow"]));
    }
}
