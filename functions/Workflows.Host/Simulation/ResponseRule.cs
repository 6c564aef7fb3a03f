using NodaTime;
using Workflows.Messaging;

namespace Workflows.Host.Simulation;

/// <summary>A rule of the responses file: people <paramref name="Who"/> answer <paramref name="Response"/> to a series (on one date, or every date).</summary>
/// <param name="People">E-mail addresses <paramref name="Who"/> resolved to, upper-cased for comparison.</param>
public sealed record ResponseRule(string Series, LocalDate? Date, string Who, ResponseStatus Response, string? Comment, IReadOnlySet<string> People);
