using NodaTime;

namespace Workflows.Partnerships.Scheduling;

/// <summary>A date of the series on which no meeting takes place; <paramref name="Reason"/> is the closed period's name.</summary>
public sealed record SkippedDate(LocalDate Date, string Reason);
