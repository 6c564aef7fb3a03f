using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Workflows.Orchestrations;

/// <summary>
/// One activity: a method of a workflow's activities class (<typeparamref name="TActivities"/>, made from the host's
/// container per call), given the step's key from its input and the host's shutdown token.
/// </summary>
internal sealed class StepActivity<TActivities, TInput, TOutput>(
    IServiceProvider services,
    Func<TActivities, StepContext, TInput, Task<TOutput>> run) : TaskActivity<TInput, TOutput>
    where TActivities : notnull
    where TInput : IStepInput
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.Key))
        {
            // A side effect without a key could happen twice; refuse rather than risk a second mail.
            throw new InvalidOperationException($"Activity '{context.Name}' was called without an idempotency key.");
        }

        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var activities = ActivatorUtilities.GetServiceOrCreateInstance<TActivities>(services);
        return run(activities, new StepContext(input.Key, stopping), input);
    }
}
