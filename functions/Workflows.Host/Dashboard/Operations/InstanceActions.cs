using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Instances;

namespace Workflows.Host.Dashboard.Operations;

/// <summary>
/// Raise event, suspend, resume, terminate and purge from the Operations tab: the same checks and engine calls as
/// <c>/api/instances</c> (<see cref="InstanceCommands"/>), each in two steps (confirmation, then done).
/// </summary>
internal static class InstanceActions
{
    public const string EventNameField = "eventName";
    public const string PayloadField = "payload";
    public const string ReasonField = "reason";

    public static async Task<IResult> RaiseEventAsync(DashboardRequest r, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(form);

        // No configuration check: operators need this tab most when the configuration is missing or broken.
        string id = r.Route("id");
        var client = r.Service<DurableTaskClient>();
        var check = await InstanceCommands.CheckAsync(client, id, InstanceOperation.RaiseEvent, r.Aborted).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return Refused(r, id, check);
        }

        string name = form[EventNameField].ToString().Trim();
        string text = form[PayloadField].ToString();
        var errors = new List<string>();
        if (name.Length == 0)
        {
            errors.Add(r.L("Vul de naam van de gebeurtenis in.", "Enter the event's name."));
        }
        else if (InstanceCommands.EventNameError(name, r.L("Naam van de gebeurtenis", "Event name"), r.English) is { } badName)
        {
            errors.Add(badName);
        }

        JsonElement? payload = null;
        if (!string.IsNullOrWhiteSpace(text) && !InstanceCommands.TryParsePayload(text, out payload, out string? error, r.English))
        {
            errors.Add(r.L($"De inhoud is geen geldige JSON: {error}", $"The payload is not valid JSON: {error}"));
        }
        else if (name.Length > 0 && errors.Count == 0 && InstanceCommands.PayloadError(check.Instance!.Name, name, payload, r.English) is { } badPayload)
        {
            errors.Add(badPayload);
        }

        if (errors.Count > 0)
        {
            return await OperationsPage.DetailAsync(r, id, new RaiseEventForm(name, text, errors), StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        string what = InstanceDescriptions.Describe(r, id, check.Instance!.Name);
        if (!DashboardForms.IsConfirmed(form))
        {
            var summary = Html.Of($"""
                <p>{r.L($"De gebeurtenis '{name}' wordt naar {what} ({id}) gestuurd.", $"The event '{name}' will be raised on {what} ({id}).")}</p>
                {(payload is null ? Html.Of($"<p>{r.L("Zonder inhoud.", "Without a payload.")}</p>") : Html.Of($"<p>{r.L("Inhoud:", "Payload:")}</p><pre><code>{PrettyJson.Format(text)}</code></pre>"))}
                """);
            return DashboardForms.Confirm(r, DashboardTab.Operations, r.L("Gebeurtenis sturen", "Raise event"), summary,
                InstanceDetailView.ActionPath(id, "events"), DashboardForms.Fields(form), DetailPath(id));
        }

        check = await InstanceCommands.RunAsync(client, id, InstanceOperation.RaiseEvent, null, name, payload, r.Aborted).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return Refused(r, id, check);
        }

        Log(r, "instance-raise-event", id);
        return DashboardForms.Done(r, DashboardTab.Operations, r.L("Gebeurtenis gestuurd", "Event raised"),
            r.L($"De gebeurtenis '{name}' is naar {what} gestuurd; de workflow verwerkt haar zo.", $"The event '{name}' was raised on {what}; the workflow will process it shortly."),
            DetailPath(id));
    }

    public static async Task<IResult> ControlAsync(DashboardRequest r, IFormCollection form, InstanceOperation operation)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(form);

        // No configuration check: operators need this tab most when the configuration is missing or broken.
        string id = r.Route("id");
        var client = r.Service<DurableTaskClient>();
        var check = await InstanceCommands.CheckAsync(client, id, operation, r.Aborted).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return Refused(r, id, check);
        }

        string? reason = operation == InstanceOperation.Purge || string.IsNullOrWhiteSpace(form[ReasonField]) ? null : form[ReasonField].ToString().Trim();
        string what = InstanceDescriptions.Describe(r, id, check.Instance!.Name);
        var texts = OperationTexts.For(r, operation, what, id);
        if (InstanceCommands.ReasonError(reason, r.L("Reden", "Reason"), r.English) is { } badReason)
        {
            return DashboardLayout.Page(r, DashboardTab.Operations, texts.Title, Html.Of($"""
                {DashboardForms.Errors(r, [badReason])}
                <p class="meta">{r.L("Er is niets veranderd.", "Nothing was changed.")}</p>
                <p><a class="button" href="{DetailPath(id)}">{r.L("Terug", "Back")}</a></p>
                """), StatusCodes.Status400BadRequest);
        }

        if (!DashboardForms.IsConfirmed(form))
        {
            var summary = Html.Of($"""
                <p>{texts.WillHappen}</p>
                {(reason is null ? Html.Empty : Html.Of($"<p>{r.L("Reden", "Reason")}: {reason}</p>"))}
                """);
            return DashboardForms.Confirm(r, DashboardTab.Operations, texts.Title, summary,
                InstanceDetailView.ActionPath(id, texts.Action), DashboardForms.Fields(form), DetailPath(id));
        }

        check = await InstanceCommands.RunAsync(client, id, operation, reason, null, null, r.Aborted).ConfigureAwait(false);
        if (!check.Allowed)
        {
            return Refused(r, id, check);
        }

        Log(r, "instance-" + texts.Action, id);
        return DashboardForms.Done(r, DashboardTab.Operations, texts.Title, texts.Done,
            operation == InstanceOperation.Purge ? DashboardEndpoints.Prefix + "/operations" : DetailPath(id));
    }

    /// <summary>Why an action cannot be done, with the status the API answers for the same case.</summary>
    public static IResult Refused(DashboardRequest r, string id, InstanceCheck check)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(check);
        string status = check.Instance is { } m ? RuntimeStatusLabels.Label(r, m.RuntimeStatus) : string.Empty;
        var (code, title, message) = check.Verdict switch
        {
            InstanceVerdict.InvalidId => (StatusCodes.Status400BadRequest, r.L("Ongeldige instantie-id", "Invalid instance id"),
                r.L("Een instantie-id heeft hoogstens 400 tekens, zonder '/', '\\', '#', '?' of stuurtekens.", "An instance id has at most 400 characters, without '/', '\\', '#', '?' or control characters.")),
            InstanceVerdict.Unknown => (StatusCodes.Status404NotFound, r.L("Instantie niet gevonden", "Instance not found"),
                r.L($"Er is geen instantie '{id}'.", $"There is no instance '{id}'.")),
            InstanceVerdict.Finished => (StatusCodes.Status410Gone, r.L("Workflow is al afgelopen", "Workflow has already finished"),
                r.L($"Instantie '{id}' is al afgelopen (status {status}); er kan niets meer naartoe.", $"Instance '{id}' has already finished (status {status}); it takes nothing more.")),
            InstanceVerdict.AlreadySuspended => (StatusCodes.Status409Conflict, r.L("Al onderbroken", "Already suspended"),
                r.L($"Instantie '{id}' is al onderbroken.", $"Instance '{id}' is already suspended.")),
            InstanceVerdict.NotSuspended => (StatusCodes.Status409Conflict, r.L("Niet onderbroken", "Not suspended"),
                r.L($"Instantie '{id}' is niet onderbroken (status {status}).", $"Instance '{id}' is not suspended (status {status}).")),
            InstanceVerdict.NotFinished => (StatusCodes.Status409Conflict, r.L("Nog niet afgelopen", "Not finished yet"),
                r.L($"Instantie '{id}' is {status}; alleen voltooide, mislukte of beëindigde instanties kunnen worden verwijderd.", $"Instance '{id}' is {status}; only completed, failed or terminated instances can be purged.")),
            _ => (StatusCodes.Status409Conflict, r.L("Kan nu niet", "Not possible now"),
                r.L($"De engine weigert: {check.EngineMessage}", $"The engine refuses: {check.EngineMessage}")),
        };
        var back = check.Verdict is InstanceVerdict.Unknown or InstanceVerdict.InvalidId ? DashboardEndpoints.Prefix + "/operations" : DetailPath(id);
        return DashboardLayout.Page(r, DashboardTab.Operations, title, Html.Of($"""
            {DashboardForms.Errors(r, [message])}
            <p class="meta">{r.L("Er is niets veranderd.", "Nothing was changed.")}</p>
            <p><a class="button" href="{back}">{r.L("Terug", "Back")}</a></p>
            """), code);
    }

    public static string DetailPath(string id) => $"{DashboardEndpoints.Prefix}/operations/instances/{Uri.EscapeDataString(id)}";

    private static void Log(DashboardRequest r, string action, string id)
    {
        var logger = r.Service<ILoggerFactory>().CreateLogger(typeof(InstanceActions));
        DashboardLog.ActionTaken(logger, action, id);
    }
}
