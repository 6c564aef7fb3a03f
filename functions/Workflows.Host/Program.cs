using NodaTime;
using Workflows.Host.Cli;

namespace Workflows.Host;

internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, SystemClock.Instance);
}
