namespace Workflows.DevStorage;

/// <summary>Azurite could not be started; the message carries the tail of its output.</summary>
public sealed class AzuriteStartException : Exception
{
    public AzuriteStartException()
    {
    }

    public AzuriteStartException(string message)
        : base(message)
    {
    }

    public AzuriteStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal AzuriteStartException(string message, IReadOnlyList<string> output, Exception? innerException = null)
        : base(FormatMessage(message, output), innerException)
    {
        Output = output;
    }

    /// <summary>The last lines Azurite wrote to stdout and stderr before it failed.</summary>
    public IReadOnlyList<string> Output { get; } = [];

    /// <summary>The node process of the last attempt (killed by then), or null when none was started.</summary>
    public int? ProcessId { get; init; }

    private static string FormatMessage(string message, IReadOnlyList<string> output) =>
        output.Count == 0
            ? message + Environment.NewLine + "Azurite wrote no output."
            : message + Environment.NewLine + "Azurite output (last lines):" + Environment.NewLine
              + string.Join(Environment.NewLine, output);
}
