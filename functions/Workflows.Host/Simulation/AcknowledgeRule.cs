using NodaTime;

namespace Workflows.Host.Simulation;

/// <summary>An <c>acknowledge:</c> rule: people <paramref name="Who"/> acknowledge subsidy round <paramref name="Round"/> on <paramref name="Date"/> (the first alert when null).</summary>
public sealed record AcknowledgeRule(string Round, string Who, LocalDate? Date, IReadOnlySet<string> People);
