using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Meetings;

/// <summary>
/// The documents ("stukken") of one occurrence as signed, expiring download links for the invitation and its updates.
/// The host that stores documents provides it; without one the invitation lists none.
/// </summary>
public interface IMeetingDocuments
{
    /// <param name="meetingEnd">Links work at least until a while after the meeting, whatever the configured validity.</param>
    Task<IReadOnlyList<DocumentLine>> LinksAsync(string partnershipId, string seriesId, string occurrence, DateTimeOffset meetingEnd, CancellationToken cancellationToken);
}
