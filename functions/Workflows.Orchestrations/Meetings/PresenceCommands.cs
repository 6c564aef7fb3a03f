namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// Confirming the presence list of a held occurrence, shared by the API, the dashboard and <c>simulate</c>: only an
/// occurrence with attendance rows (held), only organizations invited to it, then stored in one replacing write.
/// </summary>
public static class PresenceCommands
{
    /// <summary>Checks and stores; nothing is stored unless the outcome is <see cref="PresenceOutcome.Confirmed"/>.</summary>
    public static async Task<PresenceResult> ConfirmAsync(
        AttendanceStore store, string partnershipId, string seriesId, string date, IReadOnlyList<string> organizations, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organizations);
        var rows = await store.ReadOccurrencesAsync(partnershipId, seriesId, date, date, cancellationToken);
        if (rows.Count == 0)
        {
            return new PresenceResult(PresenceOutcome.NotHeld, [], []);
        }

        var invited = rows.Select(r => r.OrganizationId).Distinct(StringComparer.Ordinal).ToList();
        var notInvited = organizations.Where(o => !invited.Contains(o, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (notInvited.Count > 0)
        {
            return new PresenceResult(PresenceOutcome.NotInvited, invited, notInvited);
        }

        await store.ConfirmPresenceAsync(partnershipId, new PresenceConfirmation(seriesId, date, [.. organizations.Distinct(StringComparer.Ordinal)], at), cancellationToken);
        return new PresenceResult(PresenceOutcome.Confirmed, invited, []);
    }
}
