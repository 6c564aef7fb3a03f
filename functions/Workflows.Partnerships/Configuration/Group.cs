namespace Workflows.Partnerships.Configuration;

/// <summary>An entry of <c>groups</c>.</summary>
/// <remarks>
/// <para><c>Members</c>: Person ids or selectors, as written; resolve them with Selectors.SelectorResolver.</para>
/// <para><c>Chair</c>: A person id; the loader has checked the chair is a member.</para>
/// </remarks>
public sealed record Group(string Id, string Name, IReadOnlyList<string> Members, string? Chair);
