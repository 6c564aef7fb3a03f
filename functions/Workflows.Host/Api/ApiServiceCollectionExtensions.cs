using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Timeline;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Host.Api.Auth;
using Workflows.Host.Api.Config;
using Microsoft.DurableTask.Client;
using Workflows.Runtime;
using Workflows.Host.Api.Links;

namespace Workflows.Host.Api;

/// <summary>Registers the HTTP API's services; pair with <see cref="ApiEndpoints.MapWorkflowsApi"/>.</summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds authentication (API key in <c>x-functions-key</c>; Entra ID bearer tokens when
    /// <c>Workflows:Auth:Authority</c> is set), the <c>WorkflowsApi</c> policy, problem details, the OpenAPI document,
    /// the configuration store, action links and the link rate limit.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// <c>Workflows:ApiKey</c> is set but too weak (shorter than 32 characters, fewer than 10 different ones, or one piece repeated).
    /// </exception>
    /// <remarks>
    /// The host must register a <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/>. Storage comes from
    /// <see cref="StorageOptions"/>, bound here from the setting <c>AzureWebJobsStorage</c> unless the host configures it.
    /// A <see cref="TimeProvider"/> is added (the system clock) unless the host registered one. Settings are read
    /// from the section <c>Workflows</c> (<see cref="WorkflowsApiOptions"/>).
    /// </remarks>
    public static IServiceCollection AddWorkflowsApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(WorkflowsApiOptions.Section);

        // Refused here, so every host (serve, the Functions app, a test host) stops before it opens with a guessable key.
        if (Hosting.ApiKeys.Weakness(section[nameof(WorkflowsApiOptions.ApiKey)]) is { } weak)
        {
            throw new InvalidOperationException(weak);
        }

        services.AddOptions<WorkflowsApiOptions>().Bind(section);
        services.AddOptions<StorageOptions>().Configure(o => o.ConnectionString ??= configuration[StorageOptions.Setting]);
        services.TryAddSingleton(TimeProvider.System);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = DutchProblemTitles.Apply);

        AddAuthentication(services, section.GetSection("Auth").Get<EntraIdOptions>());
        services.AddOpenApi(ApiEndpoints.OpenApiDocument, options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
        });

        services.TryAddSingleton<IPartnershipConfigStore>(sp => new BlobPartnershipConfigStore(
            Container(sp),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetServices<IConfigChangeListener>(),
            sp.GetRequiredService<ILogger<BlobPartnershipConfigStore>>()));
        services.TryAddSingleton<LinkSigningKey>();
        services.TryAddSingleton(sp => new ActionLinks(
            sp.GetRequiredService<LinkSigningKey>().Bytes,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.PublicBaseUrl));
        services.TryAddSingleton(sp => new UsedLinkStore(
            Account(sp).CreateTableServiceClient().GetTableClient($"{Hub(sp)}UsedLinks"),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp =>
        {
            var tables = Account(sp).CreateTableServiceClient();
            return new Series.AgendaItemStores(AgendaStore.For(tables, Hub(sp)), new TimelineStore(tables.GetTableClient(Hub(sp) + "Timeline")));
        });
        services.TryAddSingleton(sp => AttendanceStore.For(Account(sp).CreateTableServiceClient(), Hub(sp)));
        services.TryAddSingleton(sp => Workflows.Orchestrations.Minutes.MinutesStore.For(Account(sp).CreateTableServiceClient(), Hub(sp)));
        services.TryAddSingleton<LinkRateLimiter>();
        services.TryAddSingleton(sp => new Calendar.CalendarFeedServices(
            new Calendar.CalendarFeedTokens(sp.GetRequiredService<LinkSigningKey>().Bytes),
            new Calendar.CalendarTokenStore(Account(sp).CreateTableServiceClient().GetTableClient($"{Hub(sp)}CalendarFeeds")),
            new Workflows.Orchestrations.Timeline.TimelineStore(Account(sp).CreateTableServiceClient().GetTableClient($"{Hub(sp)}Timeline")),
            sp.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.PublicBaseUrl));
        AddDocuments(services);
        services.TryAddSingleton<OpenEndpointRateLimiter>();

        // One count of failed sign-ins for the key header and the dashboard's login form.
        services.TryAddSingleton<SignInRateLimiter>();
        return services;
    }

    /// <summary>
    /// Meeting documents: the store on <c>{hub}-documents</c>, download links signed with a key derived from the link
    /// signing key, and the malware-scan hook the settings choose unless the host registered its own.
    /// </summary>
    private static void AddDocuments(IServiceCollection services)
    {
        services.AddOptions<WorkflowsApiOptions>()
            .Validate(o => o.Documents.Problem() is null, "Workflows:Documents is invalid: MaxBytes 1..104857600, LinkValidity more than zero and at most 366 days, MalwareScanning None or DefenderForStorage.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new Documents.DocumentStore(
            Account(sp).CreateBlobServiceClient().GetBlobContainerClient($"{Hub(sp).ToLowerInvariant()}-documents"),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new Documents.DocumentLinks(
            sp.GetRequiredService<LinkSigningKey>().Bytes,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.PublicBaseUrl));
        services.TryAddSingleton<Documents.IDocumentScanner>(sp =>
            sp.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.Documents.MalwareScanning == Documents.DocumentScanning.DefenderForStorage
                ? new Documents.DefenderDocumentScanner()
                : new Documents.NotScannedDocumentScanner());
    }

    private static void AddAuthentication(IServiceCollection services, EntraIdOptions? entra)
    {
        bool bearer = !string.IsNullOrWhiteSpace(entra?.Authority);
        var builder = services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiAuthentication.KeyScheme, null)
            .AddPolicyScheme(ApiAuthentication.Scheme, null, options => options.ForwardDefaultSelector = context =>
                bearer && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiAuthentication.BearerScheme
                    : ApiAuthentication.KeyScheme);
        if (bearer)
        {
            builder.AddJwtBearer(ApiAuthentication.BearerScheme, options =>
            {
                options.Authority = entra!.Authority;
                options.Audience = entra.Audience;
                // Entra ID is https; plain http is allowed only for a local authority (development, tests).
                options.RequireHttpsMetadata = !(Uri.TryCreate(entra.Authority, UriKind.Absolute, out var authority) && authority.IsLoopback);
                options.MapInboundClaims = false;
                string role = string.IsNullOrWhiteSpace(entra.RequiredRole) ? EntraIdOptions.DefaultRequiredRole : entra.RequiredRole.Trim();
                options.Events = new JwtBearerEvents
                {
                    // A signed token for the audience is not enough: it must grant the API's role (see EntraIdOptions.RequiredRole).
                    OnTokenValidated = context =>
                    {
                        if (!Grants(context.Principal, role))
                        {
                            context.Fail($"The token carries neither the app role nor the scope '{role}'.");
                        }

                        return Task.CompletedTask;
                    },
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await ApiChallenge.WriteAsync(context.HttpContext).ConfigureAwait(false);
                    },
                };
            });
        }

        services.AddAuthorizationBuilder().AddPolicy(ApiAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(ApiAuthentication.Scheme)
            .RequireAuthenticatedUser());
    }

    /// <summary>App roles arrive as one <c>roles</c> claim each, delegated scopes as one space-separated <c>scp</c> claim.</summary>
    internal static bool Grants(System.Security.Claims.ClaimsPrincipal? principal, string role)
        => principal is not null
            && (principal.FindAll("roles").Any(c => string.Equals(c.Value, role, StringComparison.Ordinal))
                || principal.FindAll("scp").Any(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(role, StringComparer.Ordinal)));

    private static BlobContainerClient Container(IServiceProvider services)
        => Account(services).CreateBlobServiceClient().GetBlobContainerClient($"{Hub(services).ToLowerInvariant()}-config");

    // The host registers the account it connected the hub with (identity-based in Azure); a bare API host
    // (tests) gives a connection string instead.
    private static StorageAccount Account(IServiceProvider services)
        => services.GetService<StorageAccount>() ?? StorageAccount.FromConnectionString(ConnectionString(services));

    private static string ConnectionString(IServiceProvider services)
        => services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException($"The HTTP API needs the storage connection string: set '{StorageOptions.Setting}' or configure {nameof(StorageOptions)}.");

    private static string Hub(IServiceProvider services) => services.GetRequiredService<IOptions<WorkflowsApiOptions>>().Value.TaskHub;
}
