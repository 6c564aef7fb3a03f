using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Workflows.Host.CustomHandler;
using Workflows.Host.Hosting;

namespace Workflows.Host.Cli;

/// <summary>
/// <c>functions-json --out &lt;dir&gt;</c> (hidden; run by the publish target): writes one function.json per function
/// of the catalog, HTTP functions read from the app's own endpoints. Needs no storage: the app is built, not run.
/// </summary>
internal static class FunctionsJsonCommand
{
    public static Command Create(TextWriter stdout)
    {
        var output = new Option<string>("--out") { Description = "The published app's folder.", Required = true };
        var command = new Command("functions-json", "Writes function.json files for the Functions host.") { output };
        command.Hidden = true;
        command.SetAction(async (parse, _) =>
        {
            var (triggers, http) = await CatalogAsync().ConfigureAwait(false);
            foreach (string name in FunctionJsonWriter.Write(parse.GetRequiredValue(output), triggers, http))
            {
                await stdout.WriteLineAsync(name).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The functions of the app as the handler serves it (the Functions-host mode).</summary>
    internal static async Task<(IReadOnlyList<TriggerFunction> Triggers, IReadOnlyList<HttpFunction> Http)> CatalogAsync()
    {
        var app = WorkflowsApp.Build(new AppSetup(HostingMode.FunctionsHost));
        await using (app.ConfigureAwait(false))
        {
            using var endpoints = new CompositeEndpointDataSource(((IEndpointRouteBuilder)app).DataSources);
            return (FunctionCatalog.Triggers(HostSettings.TaskHubName(app.Configuration)), FunctionCatalog.HttpFunctions(endpoints));
        }
    }
}
