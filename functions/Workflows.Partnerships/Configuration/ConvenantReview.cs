namespace Workflows.Partnerships.Configuration;

/// <summary>The yearly bestuur talk about a convenant.</summary>
/// <remarks>
/// <para><c>Month</c>: 1-12: the month the talk is held each year.</para>
/// <para><c>Participants</c>: Selectors.</para>
/// <para><c>LeadDays</c>: Days before the talk the invitation goes out.</para>
/// </remarks>
public sealed record ConvenantReview(int Month, IReadOnlyList<string> Participants, int LeadDays);
