using System.Text.Json;
using Microsoft.DurableTask.Client;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Instances;

/// <summary>
/// The state rules of instance management, shared by <c>/api/instances</c> and the dashboard's Operations tab so
/// both refuse the same things: an unknown instance, a finished one for events and commands, a suspend of a
/// suspended one, a resume of a running one, a purge of an unfinished one.
/// </summary>
internal static class InstanceCommands
{
    private const int MaxIdLength = 400;

    /// <summary>The engine's rule for instance ids (they become table partition keys), checked before any storage call.</summary>
    public static bool IsValidId(string id)
        => !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && !id.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    /// <summary>
    /// Why a terminate, suspend or resume reason is refused, or null: it is stored in the instance's history (and a
    /// termination's as its output), so it is held to <see cref="TextLimits.Text"/> like every other reason.
    /// </summary>
    public static string? ReasonError(string? reason, string field, bool english = false)
        => reason is null ? null : TextLimits.Check(reason, field, TextLimits.Text, multiline: true, english);

    /// <summary>Why an event name is refused, or null: names are ids (<see cref="TextLimits.Id"/>, one line).</summary>
    public static string? EventNameError(string name, string field, bool english = false)
        => TextLimits.Check(name, field, TextLimits.Id, english: english);

    /// <summary>Stricter than the workflows' own reading: a field the event's record needs may not be missing or null.</summary>
    private static readonly JsonSerializerOptions StrictEventOptions = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// Why a payload is refused for an event <paramref name="orchestration"/> waits for, or null: it must read as the
    /// event's record (<see cref="Workflows.Orchestrations.WorkflowEventTypes"/>), every required field given. The
    /// workflow reads an event when it arrives, and one it cannot read fails the eternal instance. Events it does not
    /// wait for are left as they are (nothing reads them).
    /// </summary>
    public static string? PayloadError(string orchestration, string eventName, JsonElement? payload, bool english = false)
    {
        if (Workflows.Orchestrations.WorkflowEventTypes.Of(orchestration, eventName) is not { } type)
        {
            return null;
        }

        string expected = english
            ? $"the workflow reads '{eventName}' as {type.Name}"
            : $"de workflow leest '{eventName}' als {type.Name}";
        if (payload is not { } json || json.ValueKind == JsonValueKind.Null)
        {
            return english ? $"The payload is missing: {expected}." : $"De inhoud ontbreekt: {expected}.";
        }

        try
        {
            return json.Deserialize(type, StrictEventOptions) is null
                ? (english ? $"The payload is missing: {expected}." : $"De inhoud ontbreekt: {expected}.")
                : null;
        }
        catch (JsonException e)
        {
            return english
                ? $"The payload does not match: {expected} ({JsonErrors.Describe(e, english)})."
                : $"De inhoud klopt niet: {expected} ({JsonErrors.Describe(e)}).";
        }
    }

    /// <summary>Whether <paramref name="operation"/> may be done now, without doing it (the dashboard's confirmation step).</summary>
    public static async Task<InstanceCheck> CheckAsync(DurableTaskClient client, string id, InstanceOperation operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!IsValidId(id))
        {
            return new InstanceCheck(InstanceVerdict.InvalidId, null);
        }

        var metadata = await client.GetInstanceAsync(id, cancellation: cancellationToken).ConfigureAwait(false);
        var verdict = metadata switch
        {
            null => InstanceVerdict.Unknown,
            { IsCompleted: false } when operation == InstanceOperation.Purge => InstanceVerdict.NotFinished,
            _ when operation == InstanceOperation.Purge => InstanceVerdict.Allowed,
            { IsCompleted: true } => InstanceVerdict.Finished,
            { RuntimeStatus: OrchestrationRuntimeStatus.Suspended } when operation == InstanceOperation.Suspend => InstanceVerdict.AlreadySuspended,
            { RuntimeStatus: not OrchestrationRuntimeStatus.Suspended } when operation == InstanceOperation.Resume => InstanceVerdict.NotSuspended,
            _ => InstanceVerdict.Allowed,
        };
        return new InstanceCheck(verdict, metadata);
    }

    /// <summary>Checks, then (when allowed) queues the event or command, or purges.</summary>
    /// <param name="reason">Why (terminate, suspend, resume); the terminated instance's output.</param>
    /// <param name="eventName">The event's name (raise event only).</param>
    /// <param name="payload">The event's payload (raise event only), already validated as JSON.</param>
    public static async Task<InstanceCheck> RunAsync(
        DurableTaskClient client, string id, InstanceOperation operation, string? reason, string? eventName, JsonElement? payload, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(client, id, operation, cancellationToken).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return check;
        }

        switch (operation)
        {
            case InstanceOperation.RaiseEvent:
                ArgumentException.ThrowIfNullOrEmpty(eventName);
                await client.RaiseEventAsync(id, eventName, payload, cancellationToken).ConfigureAwait(false);
                return check;
            case InstanceOperation.Terminate:
                await client.TerminateInstanceAsync(id, reason, cancellationToken).ConfigureAwait(false);
                return check;
            case InstanceOperation.Suspend:
                await client.SuspendInstanceAsync(id, reason, cancellationToken).ConfigureAwait(false);
                return check;
            case InstanceOperation.Resume:
                await client.ResumeInstanceAsync(id, reason, cancellationToken).ConfigureAwait(false);
                return check;
            default:
                try
                {
                    var result = await client.PurgeInstanceAsync(id, cancellationToken).ConfigureAwait(false);
                    return check with { Purged = result.PurgedInstanceCount };
                }
                catch (InvalidOperationException e)
                {
                    // The engine refuses too (a state change in between, or messages still to send): say why.
                    return check with { Verdict = InstanceVerdict.Refused, EngineMessage = e.Message };
                }
        }
    }

    /// <summary>An event payload as JSON; false with the parser's message when it is not JSON (nothing is raised then).</summary>
    public static bool TryParsePayload(string json, out JsonElement? payload, out string? error, bool english = false)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!JsonStrings.AreValid(document.RootElement))
            {
                payload = null;
                error = english
                    ? "a text holds half of a UTF-16 pair on its own (\\uD800–\\uDFFF)."
                    : "een tekst bevat een losse helft van een UTF-16-tekenpaar (\\uD800–\\uDFFF).";
                return false;
            }

            payload = document.RootElement.Clone();
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            payload = null;
            error = JsonErrors.Describe(e, english) + ".";
            return false;
        }
    }
}
