namespace Workflows.Infra.Tests;

public sealed class StorageTemplateTests
{
    private static readonly ArmTemplate Storage = ArmTemplate.Compiled().Module("storage");

    [Fact]
    public void Account_AllowsNoSharedKeyNoPublicBlobsAndTls12Only()
    {
        var properties = Storage.Single("Microsoft.Storage/storageAccounts")["properties"]!;

        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
    }

    [Fact]
    public void DeploymentContainer_IsPrivate()
    {
        var container = Storage.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
    }

    [Fact]
    public void Identity_GetsExactlyTheThreeDataRolesOnTheAccount()
    {
        var assignments = Storage.OfType("Microsoft.Authorization/roleAssignments");

        // Built-in role definition ids: Storage Blob Data Owner, Storage Queue Data Contributor,
        // Storage Table Data Contributor.
        string[] expected =
        [
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b",
            "974c5e8b-45b9-4653-ba55-5f855dd0fb88",
            "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3",
        ];
        var granted = assignments
            .Select(assignment => Storage.Resolve((string)assignment["properties"]!["roleDefinitionId"]!))
            .ToList();
        Assert.Equal(
            expected.Select(id => $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{id}')]").Order(),
            granted.Order());
        Assert.All(assignments, assignment =>
        {
            // Scoped to the account itself (not the resource group), granted to the app's identity.
            Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]", (string?)assignment["scope"]);
            Assert.Equal("[reference('identity').principalId]", (string?)assignment["properties"]!["principalId"]);
            Assert.Equal("ServicePrincipal", (string?)assignment["properties"]!["principalType"]);
        });
    }

    [Fact]
    public void RoleAssignments_AreForTheIdentityTheFunctionAppRunsAs()
    {
        var main = ArmTemplate.Compiled();

        // 'identity' in the storage module is the existing identity of the name main.bicep gives the identity module,
        // whose resource id and client id the function app runs and authenticates with.
        var identity = Assert.Single(Storage.OfType("Microsoft.ManagedIdentity/userAssignedIdentities"));
        Assert.True((bool?)identity["existing"]);
        Assert.Equal("[parameters('identityName')]", (string?)identity["name"]);
        Assert.Equal("[variables('identityName')]", main.ModuleParameter("storage", "identityName"));
        Assert.Equal("[variables('identityName')]", main.ModuleParameter("identity", "name"));
        Assert.Equal("[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('name'))]",
            (string?)main.Module("identity").Root["outputs"]!["id"]!["value"]);
        Assert.Contains("'identity'), '2025-04-01').outputs.id.value]", main.ModuleParameter("functionapp", "identityId"), StringComparison.Ordinal);

        // And the account they are scoped to is the one whose name the function app's AzureWebJobsStorage__accountName gets.
        Assert.Equal("[parameters('name')]", (string?)Storage.Root["outputs"]!["name"]!["value"]);
        Assert.Equal("[parameters('name')]", (string?)Storage.Single("Microsoft.Storage/storageAccounts")["name"]);
    }
}
