using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>A date of the series whose meeting moved a week or more later (next-week) or earlier (previous-week); <paramref name="Reason"/> is the closed period's name.</summary>
public sealed record MovedDate(LocalDate From, LocalDate To, string Reason);
