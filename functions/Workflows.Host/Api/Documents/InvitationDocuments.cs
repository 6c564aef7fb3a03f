using Workflows.Messaging.Templates;
using Workflows.Orchestrations.Meetings;

namespace Workflows.Host.Api.Documents;

/// <summary>
/// The documents of an occurrence for its invitation: every stored document with a signed download link made for the
/// invitation (one body goes to every member, so the link names the invitation, not a person). A link works for the
/// configured validity, and at least until a week after the meeting, so an invitation sent weeks ahead still opens
/// its stukken on the day.
/// </summary>
internal sealed class InvitationDocuments(DocumentStore store, DocumentLinks links, TimeProvider time, TimeSpan validity) : IMeetingDocuments
{
    /// <summary>The recipient id in the tokens of links in invitations.</summary>
    public const string Recipient = "invitation";

    private static readonly TimeSpan AfterMeeting = TimeSpan.FromDays(7);

    public async Task<IReadOnlyList<DocumentLine>> LinksAsync(string partnershipId, string seriesId, string occurrence, DateTimeOffset meetingEnd, CancellationToken cancellationToken)
    {
        var documents = await store.ListAsync(seriesId, occurrence, cancellationToken).ConfigureAwait(false);
        var until = meetingEnd + AfterMeeting - time.GetUtcNow();
        var valid = until > validity ? until : validity;
        return [.. documents.OrderBy(d => d.UploadedAt).ThenBy(d => d.FileName, StringComparer.Ordinal).Select(d => new DocumentLine(d.FileName, links.CreateUrl(d, Recipient, valid)))];
    }
}
