using DurableTask.Core.History;

namespace Workflows.Runtime.VirtualTime;

/// <summary>
/// A message on its way to an instance, as DTFx's <c>TaskMessage</c>: the event and, when it answers something an
/// execution did (an activity, a timer, a sub-orchestration), that execution's id, so a later execution ignores it.
/// </summary>
internal sealed record InstanceMessage(string InstanceId, string? ExecutionId, HistoryEvent Event);
