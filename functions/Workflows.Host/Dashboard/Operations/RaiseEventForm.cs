namespace Workflows.Host.Dashboard.Operations;

/// <summary>What was typed in the raise-event form, shown again with the errors when it was not accepted.</summary>
internal sealed record RaiseEventForm(string EventName, string Payload, IReadOnlyList<string> Errors)
{
    public static readonly RaiseEventForm Blank = new(string.Empty, string.Empty, []);
}
