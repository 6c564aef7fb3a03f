using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Api;

/// <summary>
/// Placeholder for the HTTP API's services (the API work replaces this file): the hosting calls exactly this
/// entry point, in both the custom handler and <c>serve</c>.
/// </summary>
internal static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflowsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddProblemDetails();
        return services;
    }
}
