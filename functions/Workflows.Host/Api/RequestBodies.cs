using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Workflows.Host.Api;

/// <summary>
/// Documents a request body in the OpenAPI document only. <c>Accepts&lt;T&gt;()</c> would also make routing answer
/// other content types with a bare 415 before the handler runs; the handlers check the type themselves and
/// answer with problem details.
/// </summary>
internal static class RequestBodies
{
    public static RouteHandlerBuilder DocumentBody(this RouteHandlerBuilder builder, JsonSchemaType type, bool required, params string[] contentTypes)
        => builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var body = new OpenApiRequestBody { Required = required, Content = new Dictionary<string, OpenApiMediaType>() };
            foreach (string contentType in contentTypes)
            {
                body.Content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = type } };
            }

            operation.RequestBody = body;
            return Task.CompletedTask;
        });
}
