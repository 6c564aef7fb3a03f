namespace Workflows.Host.Dashboard.Overview;

/// <summary>The answers of one organization's invitees to one occurrence.</summary>
/// <param name="Kind">The organization's kind as the configuration says it (vmbo, mbo, …).</param>
internal sealed record OrganizationRsvp(string OrganizationId, string Name, string Kind, int Accepted, int Tentative, int Declined, int NoAnswer);
