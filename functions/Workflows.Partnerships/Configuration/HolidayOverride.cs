using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>
/// A school holiday from the file (inclusive dates). It replaces a built-in holiday of the same name in
/// the same school year, else it adds one: autumn and spring weeks are advice that schools move.
/// </summary>
public sealed record HolidayOverride(string Name, LocalDate From, LocalDate To);
