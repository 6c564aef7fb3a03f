using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Workflows.Host.Api.Auth;

namespace Workflows.Host.Api;

/// <summary>Declares the <c>x-functions-key</c> header in the OpenAPI document and requires it document-wide.</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    private const string SchemeName = "functionsKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Partnership Workflows API";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            Name = ApiAuthentication.KeyHeader,
            In = ParameterLocation.Header,
            Description = "The key of the setting Workflows:ApiKey (or an Azure Functions key under the Functions host). Action links, health and this document need none.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
        return Task.CompletedTask;
    }
}
