// Shapes shared by main.bicep and the modules, so a misspelt key is a build error.

@export()
@description('Resource tags: names to values.')
type tagSet = {
  *: string
}

@export()
@description('Key Vault secret name for each setting the function app reads from the vault.')
type secretNameSet = {
  linkSigningKey: string
  apiKey: string
  graphTenantId: string
  graphClientId: string
  graphClientSecret: string
}
