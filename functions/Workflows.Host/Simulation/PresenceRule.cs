using NodaTime;

namespace Workflows.Host.Simulation;

/// <summary>
/// A <c>presence:</c> entry: the coordinators confirm that <paramref name="Organizations"/> (organization ids) were
/// present at the occurrence <paramref name="Date"/> of series <paramref name="Series"/>, once it has been held.
/// </summary>
public sealed record PresenceRule(string Series, LocalDate Date, IReadOnlyList<string> Organizations);
