namespace Workflows.Host.CustomHandler;

internal enum TriggerKind
{
    ControlQueue,
    WorkQueue,
    Timer,
}

/// <summary>
/// A queue- or timer-triggered function: the Functions host POSTs each invocation to <c>/{Name}</c> with the
/// trigger value under <c>Data.{BindingName}</c>.
/// </summary>
internal sealed record TriggerFunction(string Name, TriggerKind Kind, string BindingName, string? QueueName = null, string? Schedule = null);
