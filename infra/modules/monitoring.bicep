// Workspace-based Application Insights with local (instrumentation-key) authentication off:
// telemetry is accepted only with an Entra token of the app's identity.
import { tagSet } from '../types.bicep'

param logAnalyticsName string
param applicationInsightsName string
param location string
param tags tagSet

// Its name, known before deployment (unlike its principal id), keys the role assignments so What-If can predict them.
@description('Name of the function app identity, in this resource group.')
param identityName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identityName, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = applicationInsights.name
// Not a secret: with local auth off the instrumentation key alone cannot ingest anything.
output connectionString string = applicationInsights.properties.ConnectionString
