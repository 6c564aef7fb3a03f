using Microsoft.DurableTask;

namespace Workflows.Orchestrations.Tests.Resilience;

/// <summary>
/// An activity that fails on every attempt for the inputs <paramref name="fails"/> picks (as a mailbox that refuses
/// for good would), and runs the real one for all others.
/// </summary>
internal sealed class FailingActivity(ITaskActivity inner, Func<object?, bool> fails, string message) : ITaskActivity
{
    public Type InputType => inner.InputType;

    public Type OutputType => inner.OutputType;

    public Task<object?> RunAsync(TaskActivityContext context, object? input) =>
        fails(input) ? throw new InvalidOperationException(message) : inner.RunAsync(context, input);

    /// <summary>Production's registry with <paramref name="activity"/> failing for the inputs <paramref name="fails"/> picks.</summary>
    public static Func<DurableTaskRegistry> In(string activity, Func<object?, bool> fails, string message = "Mailbox unavailable (503)") =>
        () => Support.Registries.With((name, factory) => name == activity ? sp => new FailingActivity(factory(sp), fails, message) : factory);
}
