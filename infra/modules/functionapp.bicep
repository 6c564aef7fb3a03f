// The function app on a Linux Flex Consumption (FC1) plan: the .NET isolated worker
// functions/Workflows.Functions (ASP.NET Core integration) with Durable Functions on the Azure
// Storage provider, task hub in the AzureWebJobsStorage account (host.json extensions.durableTask).
// Flex Consumption takes the runtime from functionAppConfig, not from FUNCTIONS_WORKER_RUNTIME /
// FUNCTIONS_EXTENSION_VERSION (the platform rejects those settings).
import { tagSet, secretNameSet } from '../types.bicep'

param name string
param planName string
param location string
param tags tagSet

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity; the Functions host and the SDKs pick it by client id.')
param identityClientId string

param storageAccountName string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string
param keyVaultUri string

@description('Key Vault secret name per setting (keyvault.bicep secretNames).')
param secretNames secretNameSet

@allowed([
  2048
  4096
])
param instanceMemoryMB int

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Client id of the Entra app registration coordinators sign in to the dashboard with (App Service Authentication). Empty: no App Service Authentication; the dashboard\'s own API-key login still guards it.')
param dashboardSignInClientId string = ''

var dashboardSignIn = !empty(dashboardSignInClientId)

// Versionless references: a rotated secret reaches the app without a redeployment.
func keyVaultReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName})'

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd deploys the service whose name matches this tag (azure.yml services.workflows).
  tags: union(tags, { 'azd-service-name': 'workflows' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with this identity (the default would be a system identity
    // the app does not have).
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // .NET 10 (LTS, the project's net10.0): Flex Consumption lists dotnet-isolated 10.0, 9.0 and
      // 8.0 for FC1, 10.0 supported until November 2028 (Get-AzFunctionAppFlexConsumptionRuntime /
      // `az functionapp list-flexconsumption-runtimes`; Azure Functions "Supported languages": .NET 10
      // GA). Must equal the worker's TargetFramework (tests/Workflows.Infra.Tests checks it); check a
      // region with `az functionapp list-flexconsumption-runtimes -l <region> --runtime dotnet-isolated`.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Identity-based host storage, also the Durable Functions task hub's (the Azure Storage provider
      // uses the AzureWebJobsStorage connection): no connection string, no account key. The identity's
      // three data roles on the account are in storage.bicep.
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
      AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
      AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
      AZURE_CLIENT_ID: identityClientId
      // Action links in mails must point at the app, not at serve's local default (http://127.0.0.1:7071).
      Workflows__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
      // Without a Graph tenant messages go to the outbox. The app folder is the mounted, read-only deployment
      // package, so its files go to the instance's temporary disk; the record of every message stays in the table.
      Workflows__Outbox__Directory: '/tmp/workflows-outbox'
      Workflows__LinkSigningKey: keyVaultReference(keyVaultUri, secretNames.linkSigningKey)
      Workflows__ApiKey: keyVaultReference(keyVaultUri, secretNames.apiKey)
      Messaging__Graph__TenantId: keyVaultReference(keyVaultUri, secretNames.graphTenantId)
      Messaging__Graph__ClientId: keyVaultReference(keyVaultUri, secretNames.graphClientId)
      Messaging__Graph__ClientSecret: keyVaultReference(keyVaultUri, secretNames.graphClientSecret)
      // Used only without a client secret: the app has no system-assigned identity, so Graph's managed-identity
      // credential must name this one.
      Messaging__Graph__ManagedIdentityClientId: identityClientId
      // Only where App Service Authentication really is in front: then the platform strips a forged principal header.
      Workflows__Dashboard__TrustAppServiceAuthentication: dashboardSignIn ? 'true' : 'false'
      // App Service Authentication proves itself to Entra with this identity (a federated credential on the
      // dashboard's app registration) instead of a client secret that would expire.
      OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: dashboardSignIn ? identityClientId : ''
    }
  }

  // Coordinators sign in with their school account before the dashboard is shown. The API (function keys or
  // Entra bearer tokens) and the signed action links in directors' mail are excluded: they authenticate themselves.
  resource signIn 'config' = if (dashboardSignIn) {
    name: 'authsettingsV2'
    // Two config writes to one site at once can fail with 409: the settings (with the credential setting) go first.
    dependsOn: [
      appSettings
    ]
    properties: {
      platform: {
        enabled: true
      }
      globalValidation: {
        requireAuthentication: true
        unauthenticatedClientAction: 'RedirectToLoginPage'
        redirectToProvider: 'azureactivedirectory'
        excludedPaths: [
          '/api'
          '/api/*'
        ]
      }
      httpSettings: {
        requireHttps: true
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
            clientId: dashboardSignInClientId
            clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
          }
          validation: {
            allowedAudiences: [
              'api://${dashboardSignInClientId}'
              dashboardSignInClientId
            ]
          }
        }
      }
      login: {
        tokenStore: {
          enabled: false
        }
      }
    }
  }

  // No publishing passwords: azd deploys with an Entra token.
  resource ftp 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scm 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
