using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflows.Functions;
using Workflows.Orchestrations;

// The isolated worker: ASP.NET Core integration for the HTTP functions, the workflows' own JSON (camelCase) for the
// Durable Task payloads, and the platform (API, dashboard, stores) built once from the app's settings.
var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((context, services) =>
    {
        PlatformApp.CheckSettings(context.Configuration);
        services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(WorkflowJson.Options));
        services.AddSingleton(_ => PlatformApp.FromConfiguration(context.Configuration));
    })
    .Build();
await host.RunAsync();
