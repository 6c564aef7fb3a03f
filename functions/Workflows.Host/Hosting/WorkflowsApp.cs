using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.DurableTask;
using Workflows.Messaging;
using Workflows.Orchestrations;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Runtime;
using Workflows.Host.Api;
using Workflows.Host.Api.Config;
using Workflows.Orchestrations.Meetings;
using Workflows.Host.Dashboard;

namespace Workflows.Host.Hosting;

/// <summary>
/// Composes the one ASP.NET Core app of <c>serve</c> and the tests: the API, the dashboard, the configuration listeners
/// and the runtime the workflows run on (the Azure Storage provider, or virtual time in tests), as a hosted service.
/// </summary>
internal static class WorkflowsApp
{
    public static WebApplication Build(AppSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddInMemoryCollection(setup.Settings);
        if (setup.Urls.Count > 0)
        {
            builder.WebHost.UseUrls([.. setup.Urls]);
        }

        ConfigureLogging(builder);
        Telemetry.Add(builder);

        string taskHub = setup.TaskHub ?? HostSettings.TaskHubName(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(new WorkflowsHosting(setup.Mode, taskHub));
        services.AddSingleton(setup.Clock ?? TimeProvider.System);
        if (setup.Storage is { } storage)
        {
            services.AddSingleton(storage);
            AddWorkflowStores(services, taskHub);
        }

        if (setup.Runtime is { } createRuntime)
        {
            services.AddSingleton(sp =>
            {
                var registry = new DurableTaskRegistry().AddWorkflows();
                setup.AddWorkflows?.Invoke(registry);
                return createRuntime(new WorkflowRuntimeOptions(registry, sp)
                {
                    DataConverter = WorkflowJson.Converter,
                    LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
                });
            });
            services.AddSingleton(sp => sp.GetRequiredService<IWorkflowRuntime>().Client);

            // Registered before the web server, so it starts first and stops last: Kestrel stops taking requests,
            // then the worker finishes or hands back what it holds.
            services.AddHostedService(sp => sp.GetRequiredService<IWorkflowRuntime>());
        }

        if (setup.Runtime is not null || setup.Mode == HostingMode.FunctionsHost)
        {
            // A stored configuration starts, changes and ends the workflows through the app's DurableTaskClient.
            services.AddSingleton<IConfigChangeListener, MeetingCycleConfigListener>();
            services.AddSingleton<IConfigChangeListener, Api.Subsidies.AgreementsConfigListener>();
        }

        MessagingSetup.AddMessaging(services, builder.Configuration, taskHub);
        services.AddWorkflowsApi(builder.Configuration);
        services.AddWorkflowsDashboard(builder.Configuration, taskHub, behindTlsFrontEnd: setup.Mode == HostingMode.FunctionsHost);
        setup.ConfigureServices?.Invoke(services);

        // The API's own container and table are named after the hub the app actually runs on, whatever the settings say.
        services.PostConfigure<WorkflowsApiOptions>(o => o.TaskHub = taskHub);
        if (setup.Mode == HostingMode.FunctionsHost)
        {
            // The Functions host checked the function key before forwarding the request.
            services.PostConfigure<WorkflowsApiOptions>(o => o.AuthenticatedByFunctionsHost = true);
        }

        var app = builder.Build();

        // Errors the framework answers itself (no such route, method not allowed, a body that does not bind) carry
        // no body; with AddProblemDetails this writes them as RFC 7807 problem details like the API's own errors.
        app.UseStatusCodePages();
        if (setup.Mode == HostingMode.FunctionsHost)
        {
            // Under the Functions host this app is never started: each HTTP function runs its pipeline (Pipeline
            // below) on the request the worker received. WebApplication adds these at start, so they are added here,
            // in the order it would use.
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseAntiforgery();
        }

        app.UseRequestBodyLimit();

        app.MapWorkflowsApi();
        app.MapWorkflowsDashboard();
        if (setup.Mode == HostingMode.FunctionsHost)
        {
            app.UseEndpoints(_ => { });
        }

        return app;
    }

    /// <summary>
    /// The request pipeline of an app built for <see cref="HostingMode.FunctionsHost"/>, without starting it: the same
    /// routing, authentication, antiforgery and endpoints <c>serve</c> runs, for the Functions app's HTTP triggers.
    /// </summary>
    public static RequestDelegate Pipeline(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return ((IApplicationBuilder)app).Build();
    }

    /// <summary>
    /// What the workflows' activities write to: the message gateway (registered by the messaging set-up) and the
    /// platform's tables, named after the task hub (<c>{hub}Timeline</c>, <c>{hub}Attendance</c>, …).
    /// </summary>
    private static void AddWorkflowStores(IServiceCollection services, string taskHub)
    {
        services.AddSingleton(sp => new MeetingServices(
            sp.GetRequiredService<IMessageGateway>(), sp.GetRequiredService<StorageAccount>().CreateTableServiceClient(), taskHub)
        {
            LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            Links = sp.GetRequiredService<ActionLinks>(),
            Documents = new Api.Documents.InvitationDocuments(
                sp.GetRequiredService<Api.Documents.DocumentStore>(),
                sp.GetRequiredService<Api.Documents.DocumentLinks>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Api.WorkflowsApiOptions>>().Value.Documents.LinkValidity),
        });
        services.AddSingleton(sp => new SubsidyServices(
            sp.GetRequiredService<IMessageGateway>(),
            sp.GetRequiredService<ActionLinks>(),
            sp.GetRequiredService<StorageAccount>().CreateTableServiceClient(),
            taskHub));
        services.AddSingleton(sp => new ReviewServices(
            sp.GetRequiredService<IMessageGateway>(), sp.GetRequiredService<StorageAccount>().CreateTableServiceClient(), taskHub));
    }

    /// <summary>
    /// One line per event with its scopes (function, invocation and instance ids), all on stderr: stdout is kept
    /// for what the command prints on purpose (serve's generated API key).
    /// </summary>
    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();

        // A line per request from ASP.NET Core's own categories drowns the platform's events; warnings still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // Off entirely: while this category is enabled at all, ASP.NET Core wraps every request's logs in a scope
        // holding the request path, and an action link's path is its token (whoever reads it can use the link).
        // Every log line written during the request would carry it to the console and Application Insights.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
