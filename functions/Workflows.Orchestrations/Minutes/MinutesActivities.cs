using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Workflows.Messaging;
using Workflows.Messaging.Templates;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Minutes;

/// <summary>
/// The side effects after a verslag is approved. Each sends with the step's idempotency key and then records its
/// timeline event under the same key, so a redelivered step sends and records nothing twice.
/// </summary>
internal sealed partial class MinutesActivities(MeetingServices services)
{
    private readonly ILogger _logger = services.LoggerFactory.CreateLogger<MinutesActivities>();

    /// <summary>The verslag to every member (the coordinators in copy), then <c>meeting.minutes-sent</c>; false when there is no approved verslag.</summary>
    public async Task<bool> SendAsync(StepContext context, MinutesStepInput input)
    {
        var s = input.Series;
        if (await services.Minutes.ReadAsync(s.PartnershipId, s.SeriesId, input.Date, context.CancellationToken) is not { Approved: true } minutes)
        {
            return false;
        }

        var zone = DateTimeZoneProviders.Tzdb[s.TimeZone];
        var rendered = MessageTemplates.Minutes(
            new MinutesModel(
                MinutesVoice.Of(s),
                Instant.FromDateTimeOffset(input.Start).InZone(zone),
                Instant.FromDateTimeOffset(input.End).InZone(zone),
                minutes.Text,
                [.. minutes.ActionItems.Select(a => new ActionItemLine(a.What, a.OwnerName, LocalDatePattern.Iso.Parse(a.Due).GetValueOrThrow()))]),
            MinutesVoice.Language(s));
        var to = s.Members.DistinctBy(m => m.Email, StringComparer.OrdinalIgnoreCase).Select(ToRecipient).ToList();
        var cc = s.Coordinators.Where(c => !to.Any(t => SameEmail(t.Email, c.Email))).Select(ToRecipient).ToList();
        await services.Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, s.Organizer, to, cc, rendered.Subject, rendered.Body, [], Labels(MeetingEvents.MinutesSent, input)),
            context.CancellationToken);
        await RecordAsync(context, input, MeetingEvents.MinutesSent, [.. to.Select(r => r.Email), .. cc.Select(r => r.Email)], null);
        MinutesLog.Sent(_logger, s.SeriesId, input.Date, to.Count, minutes.ActionItems.Count);
        return true;
    }

    /// <summary>
    /// The one reminder to the owner of an action item, when it is still open (one reported done, or removed, gets
    /// none), then <c>meeting.action-item-reminded</c>.
    /// </summary>
    public async Task<bool> RemindActionItemAsync(StepContext context, MinutesStepInput input)
    {
        var s = input.Series;
        if (input.ActionItem is not { } key
            || await services.Minutes.ReadItemAsync(s.PartnershipId, s.SeriesId, input.Date, key, context.CancellationToken) is not { Open: true } item
            || MinutesVoice.Person(s, item.Owner) is not { } owner)
        {
            return false;
        }

        var rendered = MessageTemplates.ActionItemReminder(
            new ActionItemReminderModel(MinutesVoice.Of(s), MeetingMessages.FirstName(owner.Name), LocalDatePattern.Iso.Parse(input.Date).GetValueOrThrow(), item.What, LocalDatePattern.Iso.Parse(item.Due).GetValueOrThrow()),
            MinutesVoice.Language(s));
        await services.Gateway.SendMailAsync(
            new MailMessage(context.IdempotencyKey, s.Organizer, [ToRecipient(owner)], [], rendered.Subject, rendered.Body, [], Labels(MeetingEvents.ActionItemReminded, input, owner.Id)),
            context.CancellationToken);
        await RecordAsync(context, input, MeetingEvents.ActionItemReminded, [owner.Email], item.What);
        return true;
    }

    private Task RecordAsync(StepContext context, MinutesStepInput input, string kind, IReadOnlyList<string> recipients, string? reason) =>
        services.Timeline.RecordAsync(
            input.Series.PartnershipId,
            context.IdempotencyKey,
            new TimelineEvent(input.At, kind, MeetingEvents.Workflow, input.Instance, recipients, input.Series.SeriesId, input.Start, input.End, reason) { Date = input.Date },
            context.CancellationToken);

    private static MessageLabels Labels(string kind, MinutesStepInput input, string? person = null) =>
        MessageLabels.Of(
            kind,
            ("partnership", input.Series.PartnershipId),
            ("series", input.Series.SeriesId),
            ("occurrence", input.Date),
            ("instance", input.Instance)) with
        {
            FileLabel = OutboxFileLabels.Of(input.Date, input.Series.SeriesId, kind, input.Series.IsEnglish, person),
        };

    private static Recipient ToRecipient(MemberSnapshot m) => new(m.Email, m.Name);

    private static bool SameEmail(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
