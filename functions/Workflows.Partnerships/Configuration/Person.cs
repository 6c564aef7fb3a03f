namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>people</c>.</summary>
/// <remarks>
/// <para><c>Organization</c>: An organization id.</para>
/// <para><c>Roles</c>: Free words such as <c>directeur</c> or <c>sectordirecteur</c>; selectors match them ignoring case.</para>
/// </remarks>
public sealed record Person(string Id, string Name, string Email, string Organization, IReadOnlyList<string> Roles);
