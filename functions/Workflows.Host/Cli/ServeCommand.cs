using System.CommandLine;
using System.Globalization;
using Azure;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NodaTime;
using Workflows.DevStorage;
using Workflows.Runtime;
using Workflows.Runtime.AzureStorage;
using Workflows.Host.Api.Config;
using Workflows.Host.Hosting;
using Workflows.Partnerships.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>serve [&lt;config.yaml&gt;] [--urls …] [--replace-config]</c>: the standalone platform. The workflows on the Durable Task
/// Framework's Azure Storage provider (task hub tables <c>{hub}Instances</c>, <c>{hub}History</c>), the HTTP API and
/// the dashboard in one process, on storage from <c>AzureWebJobsStorage</c> (Azurite started for
/// <c>UseDevelopmentStorage=true</c> when nothing listens). Stops gracefully on Ctrl+C or SIGTERM.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    /// <summary>How long a queue message taken by a process that then died stays invisible (see <see cref="RecoversQuickly"/>).</summary>
    public static readonly TimeSpan MessageVisibilityTimeout = TimeSpan.FromSeconds(15);

    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var file = ConfigArguments.RefuseOptions(new Argument<string?>("config")
        {
            Description = "The partnership configuration file (YAML): stored when nothing is stored yet; a stored one that differs is kept unless --replace-config.",
            Arity = ArgumentArity.ZeroOrOne,
        });
        var urls = new Option<string[]>("--urls") { Description = $"Addresses to listen on (default {DefaultUrl}).", AllowMultipleArgumentsPerToken = true };
        var replace = new Option<bool>("--replace-config")
        {
            Description = "Replace a stored configuration that differs from the file. Without it the stored one is kept and the differences are listed.",
        };
        var command = new Command("serve", "Runs the platform standalone: HTTP API, durable workers and timers.") { file, urls, replace };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(file), parse.GetValue(urls), parse.GetValue(replace), stdout, stderr, clock));
        return command;
    }

    private static async Task<int> RunAsync(string? path, string[]? urls, bool replaceConfig, TextWriter stdout, TextWriter stderr, IClock clock)
    {
        // Checked before anything starts, so a broken file costs no Azurite start; stored once the app is built.
        PartnershipConfig? fileConfig = null;
        if (path is not null && (fileConfig = ConfigArguments.Load(path, today: null, clock, stderr)) is null)
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
                    RecoversQuickly(TaskHubSettings.Create(account, taskHub, TaskHubTuning.Tuned, options.LoggerFactory)), options),
                Settings = settings,
            });
            await using (app.ConfigureAwait(false))
            {
                var store = app.Services.GetRequiredService<IPartnershipConfigStore>();
                bool replaced = false;
                if (path is not null && fileConfig is not null)
                {
                    string yaml = await File.ReadAllTextAsync(path).ConfigureAwait(false);
                    if (await StartupFileAsync(store, path, fileConfig, yaml, replaceConfig, stderr).ConfigureAwait(false))
                    {
                        replaced = true;
                        var stored = await store.ReplaceAsync(yaml, Path.GetFileName(path)).ConfigureAwait(false);
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
                }

                if (!replaced)
                {
                    // The stored configuration stays: its workflows are still reconciled once, so one that Failed
                    // while serve was down (or before) is restarted from its last good input, as the README promises.
                    await store.ReconcileAsync().ConfigureAwait(false);
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

    /// <summary>
    /// Whether the start-up file is to be stored. Nothing stored yet: yes. Stored and the same content: no, and
    /// nothing to say. Stored and different: the stored one may be newer (changed through the API or the dashboard
    /// since this file was written), and replacing it would undo those changes (a removed series cancels its
    /// invitations to everyone), so it is kept unless <c>--replace-config</c> says otherwise; either way the
    /// differences are listed.
    /// </summary>
    private static async Task<bool> StartupFileAsync(
        IPartnershipConfigStore store, string path, PartnershipConfig fileConfig, string yaml, bool replaceConfig, TextWriter stderr)
    {
        var current = await store.GetCurrentAsync().ConfigureAwait(false);
        if (current is null)
        {
            return true;
        }

        var differences = string.Equals(current.Yaml, yaml, StringComparison.Ordinal) ? [] : ConfigDifferences.Describe(current.Config, fileConfig);
        if (differences.Count == 0)
        {
            return false;
        }

        string storedAt = current.StoredAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        await stderr.WriteLineAsync(replaceConfig
            ? $"{path} differs from the configuration stored on {storedAt}; --replace-config: the file replaces it."
            : $"{path} differs from the configuration stored on {storedAt}; serve keeps the stored one. Start with --replace-config to replace it with the file.").ConfigureAwait(false);
        foreach (string difference in differences)
        {
            await stderr.WriteLineAsync("  " + difference).ConfigureAwait(false);
        }

        return replaceConfig;
    }

    /// <summary>
    /// A process that dies (kill -9, power loss) leaves the messages it had taken invisible in its queues until
    /// their visibility timeout runs out: 5 minutes by default, so after a restart an accepted change would wait
    /// that long. The provider renews the timeout of work in hand, so a short one costs a few more requests
    /// while working, not duplicate work.
    /// </summary>
    internal static AzureStorageOrchestrationServiceSettings RecoversQuickly(AzureStorageOrchestrationServiceSettings settings)
    {
        settings.ControlQueueVisibilityTimeout = MessageVisibilityTimeout;
        settings.WorkItemQueueVisibilityTimeout = MessageVisibilityTimeout;
        return settings;
    }
}
