// Entry point for `azd provision` / `azd up`: one resource group holding the Flex Consumption
// function app (functions/Workflows.Functions: .NET isolated worker with Durable Functions on the
// Azure Storage provider, runtime dotnet-isolated 10.0), its storage, identity, monitoring and
// Key Vault. Everything authenticates with one user-assigned identity; no account key or
// connection-string secret exists anywhere.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region for all resources; it must offer the Flex Consumption plan.')
param location string

@description('Object id of whoever runs azd. Gets Key Vault Secrets Officer so they can set the Graph client secret. Empty: nobody.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
@description('Kind of principal principalId names.')
param principalType string = 'User'

@description('Entra tenant id of the Microsoft Graph app registration. Empty: messages go to the outbox until it is set in Key Vault.')
param graphTenantId string = ''

@description('Client (application) id of the Microsoft Graph app registration.')
param graphClientId string = ''

@description('Client id of the Entra app registration for signing in to the dashboard (App Service Authentication); empty: none.')
param dashboardSignInClientId string = ''

@secure()
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 64
      noSpecial: true
    }
  }
})
@description('HMAC key that signs the action links in messages. azd generates it once per environment and keeps it, so links stay valid across deployments.')
param linkSigningKey string

@secure()
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 48
      noSpecial: true
    }
  }
})
@description('API key for the standalone host (Workflows:ApiKey). Under the Functions host the API uses Functions keys.')
param apiKey string

@allowed([
  2048
  4096
])
@description('Memory of one Flex Consumption instance.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Upper bound on scale-out (Flex Consumption accepts 40 to 1000); it also bounds the Graph and storage load one burst can cause.')
param maximumInstanceCount int = 40

var tags = {
  'azd-env-name': environmentName
}

// Deterministic per subscription, environment and region, so a redeploy finds the same names.
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var identityName = 'id-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${resourceToken}'
    identityName: identityName
  }
  // Refers to the identity by name only, so the dependency is spelt out.
  dependsOn: [
    identity
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    identityName: identityName
  }
  // Refers to the identity by name only, so the dependency is spelt out.
  dependsOn: [
    identity
  ]
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    identityName: identityName
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
    linkSigningKey: linkSigningKey
    apiKey: apiKey
    graphTenantId: graphTenantId
    graphClientId: graphClientId
  }
  // Refers to the identity by name only, so the dependency is spelt out.
  dependsOn: [
    identity
  ]
}

// Using the other modules' outputs makes this module wait for their whole deployments, role
// assignments included: the app never starts before its identity may read storage and secrets.
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    name: 'func-${resourceToken}'
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.uri
    secretNames: keyVault.outputs.secretNames
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    dashboardSignInClientId: dashboardSignInClientId
  }
}

// azd reads these into the environment (.azure/<env>/.env). Names and endpoints only: no secret.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.name
