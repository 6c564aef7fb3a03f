using NodaTime;

namespace Workflows.Host.Simulation;

/// <summary>
/// An <c>agendaItems:</c> entry: person <paramref name="Who"/> proposes <paramref name="Title"/> for the occurrence
/// <paramref name="Date"/> of series <paramref name="Series"/>; the coordinators accept it, or hold it over when
/// <paramref name="Accepted"/> is false.
/// </summary>
/// <param name="WhoName">The person's name, as the agenda shows it.</param>
public sealed record AgendaItemRule(string Series, LocalDate Date, string Who, string WhoName, string Title, bool Accepted);
