using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Workflows.Durable;
using Workflows.Host.Hosting;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>handler</c>: the Azure Functions custom handler, as host.json starts it. Listens on loopback at
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and serves one POST per invocation; the host owns the triggers.
/// </summary>
internal static class HandlerCommand
{
    public static Command Create(TextWriter stderr)
    {
        var command = new Command("handler", "Runs as the Azure Functions custom handler (started by the Functions host).") { Hidden = true };
        command.SetAction((_, _) => RunAsync(stderr));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter stderr)
    {
        var configuration = HostConfiguration.Read();
        var (identityAccount, storageError) = HostSettings.IdentityStorage(configuration);
        if (storageError is not null)
        {
            await stderr.WriteLineAsync(storageError).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        if (!int.TryParse(configuration[HostSettings.CustomHandlerPort], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
        {
            await stderr.WriteLineAsync($"{HostSettings.CustomHandlerPort} must be set to the port the Functions host calls (the host sets it).").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var account = identityAccount ?? StorageAccount.FromConnectionString(HostSettings.StorageConnection(configuration));
        var hub = await DurableTaskHub.CreateAsync(account, HostSettings.TaskHubName(configuration)).ConfigureAwait(false);
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost)
        {
            Storage = account,
            Urls = [string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}")],
            Hub = hub,
        });
        await using (app.ConfigureAwait(false))
        {
            await app.RunAsync().ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
