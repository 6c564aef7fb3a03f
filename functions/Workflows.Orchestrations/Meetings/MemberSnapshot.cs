namespace Workflows.Orchestrations.Meetings;

/// <summary>A person as a running meeting cycle knows them; <paramref name="OrganizationKind"/> is the config keyword (vmbo, mbo, …).</summary>
public sealed record MemberSnapshot(string Id, string Name, string Email, string OrganizationId, string OrganizationName, string OrganizationKind);
