// Key Vault for the link-signing key, the standalone API key and the Microsoft Graph
// registration. RBAC authorization only (no access policies); soft delete and purge protection
// keep a deleted signing key recoverable, so links already sent can still be verified.
import { tagSet, secretNameSet } from '../types.bicep'

param name string
param location string
param tags tagSet

// Its name, known before deployment (unlike its principal id), keys the role assignments so What-If can predict them.
@description('Name of the function app identity, in this resource group.')
param identityName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

@description('Object id of the operator who sets the Graph client secret. Empty: no operator role.')
param operatorPrincipalId string

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param operatorPrincipalType string

@secure()
param linkSigningKey string

@secure()
param apiKey string

param graphTenantId string
param graphClientId string

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var keyVaultSecretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

// Secret name per app setting. The Graph client secret is never a template input: the operator
// sets it in the vault (README), so it passes through no azd environment file or deployment log.
var secretNames secretNameSet = {
  linkSigningKey: 'workflows-link-signing-key'
  apiKey: 'workflows-api-key'
  graphTenantId: 'messaging-graph-tenant-id'
  graphClientId: 'messaging-graph-client-id'
  graphClientSecret: 'messaging-graph-client-secret'
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: secretNames.linkSigningKey
  properties: {
    value: linkSigningKey
    contentType: 'HMAC-SHA256 key for action links'
  }
}

resource apiKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: secretNames.apiKey
  properties: {
    value: apiKey
    contentType: 'x-functions-key for the standalone host'
  }
}

// Written only when given, so a deployment without them leaves values an operator set alone.
resource graphTenantIdSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(graphTenantId)) {
  parent: vault
  name: secretNames.graphTenantId
  properties: {
    value: graphTenantId
  }
}

resource graphClientIdSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(graphClientId)) {
  parent: vault
  name: secretNames.graphClientId
  properties: {
    value: graphClientId
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityName, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorSetsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsOfficer)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output secretNames secretNameSet = secretNames
