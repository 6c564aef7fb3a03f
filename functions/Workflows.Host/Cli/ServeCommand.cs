using System.CommandLine;
using Azure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Workflows.DevStorage;
using Workflows.Runtime;
using Workflows.Runtime.AzureStorage;
using Workflows.Host.Api.Config;
using Workflows.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>serve [&lt;config.yaml&gt;] [--urls …]</c>: the standalone platform. The workflows on the Durable Task
/// Framework's Azure Storage provider (task hub tables <c>{hub}Instances</c>, <c>{hub}History</c>), the HTTP API and
/// the dashboard in one process, on storage from <c>AzureWebJobsStorage</c> (Azurite started for
/// <c>UseDevelopmentStorage=true</c> when nothing listens). Stops gracefully on Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var file = new Argument<string?>("config") { Description = "The partnership configuration file (YAML) to load.", Arity = ArgumentArity.ZeroOrOne };
        var urls = new Option<string[]>("--urls") { Description = $"Addresses to listen on (default {DefaultUrl}).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Runs the platform standalone: HTTP API, durable workers and timers.") { file, urls };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(file), parse.GetValue(urls), stdout, stderr, clock));
        return command;
    }

    private static async Task<int> RunAsync(string? path, string[]? urls, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        // Checked before anything starts, so a broken file costs no Azurite start; stored once the app is built.
        if (path is not null && ConfigArguments.Load(path, today: null, clock, stderr) is null)
        {
            return ExitCodes.InvalidInput;
        }

        var configuration = HostConfiguration.Read();
        if (ApiKeys.Weakness(configuration[HostSettings.ApiKey]) is { } weakKey)
        {
            await stderr.WriteLineAsync(weakKey).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var (identityAccount, storageError) = HostSettings.IdentityStorage(configuration);
        if (storageError is not null)
        {
            await stderr.WriteLineAsync(storageError).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        using var startupLogging = HostConfiguration.StartupLogging();
        var logger = startupLogging.CreateLogger("Workflows.Host.Serve");

        DevelopmentStorage storage;
        try
        {
            storage = identityAccount is not null
                ? DevelopmentStorage.None
                : await DevelopmentStorage.ResolveAsync(HostSettings.StorageConnection(configuration), DevStorageSettings.Read(configuration), logger, CancellationToken.None).ConfigureAwait(false);
        }
        catch (AzuriteStartException e)
        {
            await stderr.WriteLineAsync($"Could not start Azurite for UseDevelopmentStorage=true: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        await using (storage.ConfigureAwait(false))
        {
            StorageAccount account;
            try
            {
                account = identityAccount ?? StorageAccount.FromConnectionString(storage.ConnectionString!);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                await stderr.WriteLineAsync($"Invalid storage settings: {e.Message}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            string taskHub = HostSettings.TaskHubName(configuration);
            Log.HubReady(logger, taskHub, HostingMode.Standalone);
            var settings = new Dictionary<string, string?>();
            if (storage.ConnectionString is not null)
            {
                settings[HostSettings.Storage] = storage.ConnectionString;
            }

            if (string.IsNullOrEmpty(configuration[HostSettings.ApiKey]))
            {
                // Printed once, on stdout only: the logs (stderr, Application Insights) never carry it.
                string key = ApiKeys.Generate();
                settings[HostSettings.ApiKey] = key;
                await stdout.WriteLineAsync($"API key (header x-functions-key): {key}").ConfigureAwait(false);
            }

            var app = WorkflowsApp.Build(new AppSetup(HostingMode.Standalone)
            {
                Urls = urls is { Length: > 0 } ? urls : [DefaultUrl],
                TaskHub = taskHub,
                Storage = account,

                // The platform's tuning (TaskHubSettings): the same settings as the Functions app's host.json.
                Runtime = options => new AzureStorageRuntime(
                    TaskHubSettings.Create(account, taskHub, TaskHubTuning.Tuned, options.LoggerFactory), options),
                Settings = settings,
            });
            await using (app.ConfigureAwait(false))
            {
                if (path is not null)
                {
                    var stored = await app.Services.GetRequiredService<IPartnershipConfigStore>()
                        .ReplaceAsync(await File.ReadAllTextAsync(path).ConfigureAwait(false), Path.GetFileName(path)).ConfigureAwait(false);
                    if (stored.Status != ConfigReplaceStatus.Replaced)
                    {
                        foreach (var error in stored.Errors)
                        {
                            await stderr.WriteLineAsync(error.ToString()).ConfigureAwait(false);
                        }

                        return ExitCodes.InvalidInput;
                    }

                    Log.ConfigLoaded(logger, Path.GetFullPath(path));
                }

                // The host's console lifetime turns Ctrl+C and SIGTERM into a graceful stop.
                try
                {
                    await app.StartAsync().ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    // Kestrel could not bind (address in use, bad address): say so; Azurite still stops on the way out.
                    await stderr.WriteLineAsync($"Cannot listen: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }
                catch (RequestFailedException e)
                {
                    // The task hub's tables, queues and containers are made at start: the account said no.
                    await stderr.WriteLineAsync($"Storage is not reachable: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }

                await stdout.WriteLineAsync($"Listening on {string.Join(", ", app.Urls)}").ConfigureAwait(false);
                await stdout.WriteLineAsync($"Dashboard: {string.Join(", ", app.Urls.Select(u => u.TrimEnd('/') + Dashboard.DashboardEndpoints.Prefix))}").ConfigureAwait(false);
                await stdout.FlushAsync().ConfigureAwait(false);
                await app.WaitForShutdownAsync().ConfigureAwait(false);
            }
        }

        if (storage.Azurite is not null)
        {
            Log.DevStorageStopped(logger);
        }

        return ExitCodes.Ok;
    }
}
