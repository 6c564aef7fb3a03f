using System.Text.Json;
using Microsoft.DurableTask;

namespace Workflows.Host.Tests.Api;

/// <summary>Tiny orchestrations the API manages.</summary>
internal static class TestOrchestrations
{
    /// <summary>Waits for "go" and returns its payload.</summary>
    public const string Waiter = "Waiter";

    /// <summary>Waits for "answer" (an action link's event), then for the marker; returns the answer.</summary>
    public const string LinkTarget = "LinkTarget";

    public const string Marker = "marker";

    /// <summary>Waits for <c>occurrence-decision</c> (a coordinator's decision), then for the marker; returns the decision.</summary>
    public const string DecisionTarget = "DecisionTarget";

    /// <summary>Fails at once, with a cause: its failure details carry a stack trace.</summary>
    public const string Thrower = "Thrower";

    /// <summary>Adds the test orchestrations to <paramref name="registry"/> (next to the platform's own, or alone).</summary>
    public static DurableTaskRegistry Register(DurableTaskRegistry registry) => registry
        .AddOrchestratorFunc<string?, JsonElement>(Waiter, (ctx, _) => ctx.WaitForExternalEvent<JsonElement>("go"))
        .AddOrchestratorFunc<string?, string>(Thrower, (_, _) => Fail())
        .AddOrchestratorFunc<string?, JsonElement>(DecisionTarget, async (ctx, _) =>
        {
            var decision = await ctx.WaitForExternalEvent<JsonElement>(Workflows.Orchestrations.Meetings.MeetingEvents.OccurrenceDecision);
            await ctx.WaitForExternalEvent<JsonElement>(Marker);
            return decision;
        })
        .AddOrchestratorFunc<string?, JsonElement>(LinkTarget, async (ctx, _) =>
        {
            var answer = await ctx.WaitForExternalEvent<JsonElement>("answer");
            await ctx.WaitForExternalEvent<JsonElement>(Marker);
            return answer;
        });

    private static Task<string> Fail()
        => throw new InvalidOperationException("De ronde kon niet verder.", new FormatException("Datum onleesbaar."));
}
