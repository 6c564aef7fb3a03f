using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NodaTime;
using Workflows.Host.Dashboard;
using Workflows.Orchestrations.Meetings;
using Workflows.Testing;

namespace Workflows.Host.Tests.Dashboard.Overview;

/// <summary>
/// The coordinators' decision end to end, on the real meeting cycle: the Profijt sample's directieberaad of
/// 17 November 2026, for which no mbo member can come. Two working days before the deadline the coordinators get one
/// mail with "Gaat door" and "Afgelasten"; the link in that mail calls the meeting off at once.
/// </summary>
[Collection("dashboard-azurite")]
public sealed partial class AtRiskDecisionTests(AzuriteFixture azurite) : DashboardHostTests(azurite)
{
    private static readonly DateTime November17 = new(2026, 11, 17);

    // The deadline is Tuesday 10 November, 17.00; two working days before it is Friday 6 November, 15.00.
    private protected override Task PrepareAsync(DashboardHost host) => host.RunUntilAsync(new LocalDateTime(2026, 11, 6, 16, 0));

    [Fact]
    public async Task The_afgelasten_link_in_the_coordinators_mail_cancels_the_meeting_at_once_and_the_other_link_is_used_up()
    {
        var atRisk = Assert.Single(await TimelineAsync(), e => e.Kind == MeetingEvents.AtRisk && e.Start!.Value.Date == November17);
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 15, 0, 0, TimeSpan.FromHours(1)), atRisk.At);
        Assert.DoesNotContain(await TimelineAsync(), e => e.Kind is MeetingEvents.Cancelled or MeetingEvents.Confirmed && e.Start?.Date == November17);

        // The agenda request carries a link too (the chair's proposal form): the at-risk mail is the other one.
        var mail = Assert.Single(Mails(), m => (m.Subject ?? "").Contains("17 november 2026", StringComparison.Ordinal) && !(m.Subject ?? "").StartsWith("Agendapunten ", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("/api/links/", StringComparison.Ordinal));
        Assert.Equal(atRisk.Recipients!.Order(StringComparer.OrdinalIgnoreCase), mail.To.Mailboxes.Select(m => m.Address).Order(StringComparer.OrdinalIgnoreCase));
        var links = LinkPattern().Matches(mail.TextBody ?? string.Empty).Select(m => new Uri(m.Value).PathAndQuery).Distinct().ToList();
        Assert.Equal(2, links.Count);
        string cancel = links[1];

        using var page = await Host.Anonymous.GetAsync(new Uri(cancel, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("niet doorgaat", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var used = await Host.Anonymous.PostAsync(new Uri(cancel, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        await Host.DrainAsync();

        var cancelled = Assert.Single(await TimelineAsync(), e => e.Kind == MeetingEvents.Cancelled && e.Start?.Date == November17);
        Assert.Equal(Host.Clock.GetUtcNow(), cancelled.At);
        Assert.True(cancelled.Recipients!.Count > atRisk.Recipients!.Count, "every invitee is told, not only the coordinators");

        // The invitees read why in plain words, without who declined (that stays in the coordinators' mail).
        var cancellation = Assert.Single(
            Host.OutboxFiles().Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).Select(f => Ical.Net.Calendar.Load(File.ReadAllText(f))!),
            c => c.Method == "CANCEL" && c.Events.Single().DtStart!.Date == new DateOnly(2026, 11, 17));
        Assert.Contains("gaat niet door: niet alle partners die nodig zijn, kunnen er deze keer bij zijn.", cancellation.Events.Single().Description, StringComparison.Ordinal);

        // One choice per mail: "Gaat door" is used up with it, and the deadline decides nothing any more.
        using var hold = await Host.Anonymous.PostAsync(new Uri(links[0], UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Gone, hold.StatusCode);
        await Host.RunUntilAsync(new LocalDateTime(2026, 11, 17, 18, 0));
        Assert.DoesNotContain(await TimelineAsync(), e => e.Kind is MeetingEvents.Confirmed or MeetingEvents.Held && e.Start?.Date == November17);
    }

    private Task<IReadOnlyList<Workflows.Orchestrations.Timeline.TimelineEvent>> TimelineAsync() =>
        Host.Services.GetRequiredService<DashboardStores>().Timeline.ReadAsync("profijt");

    private List<MimeMessage> Mails() =>
        [.. Host.OutboxFiles().Where(f => f.EndsWith(".eml", StringComparison.Ordinal)).Select(f => MimeMessage.Load(f))];

    [GeneratedRegex(@"https?://[^\s""<>]+/api/links/[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
