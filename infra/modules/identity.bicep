// The one identity the function app uses for storage, telemetry and Key Vault. User-assigned
// (not system-assigned) so the role assignments exist before the app does, and the app's first
// start already has its permissions.
import { tagSet } from '../types.bicep'

param name string
param location string
param tags tagSet

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
