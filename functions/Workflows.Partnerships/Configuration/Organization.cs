namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>organizations</c>.</summary>
/// <remarks>
/// <para><c>Board</c>: The governing board (bestuur), when the file names one.</para>
/// </remarks>
public sealed record Organization(string Id, string Name, OrganizationKind Kind, string? Board);
