using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Workflows.Host.Api.Config;
using Workflows.Host.Api.Series;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Host.Api.Links;

/// <summary>
/// The chair's agenda link (<see cref="AgendaProposalLinks"/>) on <c>/api/links/{token}</c>: GET shows the form, POST
/// checks it and stores the items through <see cref="MeetingAgendaCommands.ProposeAsync"/> as proposed by the chair.
/// </summary>
/// <remarks>
/// Single use, like every acting link, with room for <see cref="MaxItems"/> items in one submit. A chair rarely has
/// more than two or three points, and one form that takes them together serves that; a link that kept working until
/// the invitation would act as the chair for everyone the mail reaches (it is copied to the coordinators and may be
/// forwarded) as often as they like. A later item goes through the coordinators (dashboard or API). The claim is made
/// only after the form checks out, so a mistake costs nothing; nothing is stored when the form has an error.
/// CSRF: as the other link POSTs, no antiforgery token: the unguessable signed token in the URL is the secret a
/// cross-site page cannot know, and the pages only post to themselves (<c>form-action 'self'</c>).
/// </remarks>
internal static class AgendaProposalForm
{
    public const int MaxItems = 3;

    public const int MaxTitleLength = AgendaItemInput.MaxTitleLength;

    public const int MaxExplanationLength = AgendaItemInput.MaxExplanationLength;

    public const int MaxWhoLength = TextLimits.Name;

    /// <summary>Three items at their longest, percent-encoded, fit many times over.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static string TitleField(int i) => $"title-{i}";

    public static string ExplanationField(int i) => $"explanation-{i}";

    public static string WhoField(int i) => $"who-{i}";

    public static async Task<IResult> ShowAsync(
        ActionLink link, string tokenId, UsedLinkStore used, IPartnershipConfigStore store, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var (target, refused) = await ResolveAsync(link, store, time, logger, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return refused!;
        }

        return await used.IsUsedAsync(tokenId, cancellationToken).ConfigureAwait(false)
            ? AgendaProposalPages.Used(target)
            : AgendaProposalPages.Form(target);
    }

    public static async Task<IResult> UseAsync(
        ActionLink link, string tokenId, HttpRequest request, UsedLinkStore used, IPartnershipConfigStore store, AgendaItemStores stores, TimeProvider time, ILogger logger,
        CancellationToken cancellationToken)
    {
        var (target, refused) = await ResolveAsync(link, store, time, logger, cancellationToken).ConfigureAwait(false);
        if (target is null)
        {
            return refused!;
        }

        // Used before: say so rather than show the form again with errors it cannot fix.
        if (await used.IsUsedAsync(tokenId, cancellationToken).ConfigureAwait(false))
        {
            ApiLog.LinkRefused(logger, "used before");
            return AgendaProposalPages.Used(target);
        }

        IFormCollection form;
        try
        {
            form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken).ConfigureAwait(false) : FormCollection.Empty;
        }
        catch (InvalidDataException)
        {
            ApiLog.LinkRefused(logger, "unreadable form");
            return LinkPages.Invalid();
        }

        var rows = Enumerable.Range(1, MaxItems)
            .Select(i => new AgendaProposalRow(Value(form, TitleField(i)).Trim(), Value(form, ExplanationField(i)).Trim(), Value(form, WhoField(i)).Trim()))
            .ToList();
        var errors = Check(rows, target.English);
        if (errors.Count > 0)
        {
            return AgendaProposalPages.Form(target, rows, errors);
        }

        // Claim first: of two racing submits only one stores.
        if (!await used.TryClaimAsync(tokenId, link, cancellationToken).ConfigureAwait(false))
        {
            ApiLog.LinkRefused(logger, "used before");
            return AgendaProposalPages.Used(target);
        }

        var now = time.GetUtcNow();
        var (start, end) = AgendaItemInput.Span(target.Config, target.Meeting, target.Date, now);
        var titles = new List<string>();
        try
        {
            foreach (var row in rows.Where(r => !r.IsEmpty))
            {
                // Who is the chair the link was made for; the name is who brings it in at the meeting (the chair unless typed otherwise).
                var proposal = new AgendaProposal(
                    target.Series.PartnershipId, target.Series.SeriesId, target.Date, target.Chair.Id, row.Who.Length > 0 ? row.Who : target.Chair.Name,
                    row.Title, row.Explanation.Length > 0 ? row.Explanation : null, now)
                {
                    Start = start,
                    End = end,
                };
                var (item, _) = await MeetingAgendaCommands.ProposeAsync(stores.Agenda, stores.Timeline, proposal, CancellationToken.None).ConfigureAwait(false);
                titles.Add(item.Title);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong, the claim is given back; a retry stores each item once (the store's key).
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            ApiLog.LinkAgendaFailed(logger, target.Series.SeriesId, e);
            await used.ReleaseAsync(tokenId, CancellationToken.None).ConfigureAwait(false);
            return LinkPages.Failed();
        }

        ApiLog.LinkAgendaProposed(logger, target.Series.SeriesId, titles.Count);
        return AgendaProposalPages.Done(target, [.. titles.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Every mistake at once, keyed by the field it is about, in the partnership's language.</summary>
    internal static Dictionary<string, string> Check(IReadOnlyList<AgendaProposalRow> rows, bool english)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i <= rows.Count; i++)
        {
            var row = rows[i - 1];
            if (row.Title.Length == 0 && (i == 1 || !row.IsEmpty))
            {
                // The first item needs a title; a later one only when something else of it is filled in.
                errors[TitleField(i)] = english ? $"Please enter a title for item {i}." : $"Vul bij agendapunt {i} een titel in.";
            }
            else if (row.Title.Length > 0 && TextLimits.Check(row.Title, english ? $"The title of item {i}" : $"De titel van agendapunt {i}", MaxTitleLength, english: english) is { } title)
            {
                errors[TitleField(i)] = title;
            }

            if (row.Explanation.Length > 0
                && TextLimits.Check(row.Explanation.ReplaceLineEndings("\n"), english ? $"The explanation of item {i}" : $"De toelichting bij agendapunt {i}", MaxExplanationLength, multiline: true, english: english) is { } explanation)
            {
                errors[ExplanationField(i)] = explanation;
            }

            if (row.Who.Length > 0 && TextLimits.Check(row.Who, english ? $"The name for item {i}" : $"De naam bij agendapunt {i}", MaxWhoLength, english: english) is { } who)
            {
                errors[WhoField(i)] = who;
            }
        }

        return errors;
    }

    private static string Value(IFormCollection form, string name) => form.TryGetValue(name, out var values) ? values.ToString() : string.Empty;

    /// <summary>
    /// The series, occurrence and chair the link is for, as the configuration has them now; otherwise the refusal:
    /// invalid when the link names no series or date, closed when the series, the date or the chair is no longer so,
    /// expired once the meeting has started.
    /// </summary>
    private static async Task<(AgendaProposalTarget? Target, IResult? Refused)> ResolveAsync(
        ActionLink link, IPartnershipConfigStore store, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (AgendaProposalLinks.Series(link) is not var (partnership, seriesId)
            || link.Action != AgendaProposalLinks.Action
            || LocalDatePattern.Iso.Parse(link.Target ?? string.Empty) is not { Success: true } parsed)
        {
            ApiLog.LinkRefused(logger, "agenda link without a series or date");
            return (null, LinkPages.Invalid());
        }

        var date = parsed.Value;
        var current = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current?.Config is not { } config || config.Partnership.Id != partnership || config.FindMeeting(seriesId) is not { } meeting
            || !SeriesDates.IsOccurrence(config, meeting, date, AmsterdamToday.From(time)))
        {
            ApiLog.LinkRefused(logger, "agenda link for a series or date the configuration no longer has");
            return (null, LinkPages.Closed());
        }

        var series = SeriesSnapshots.Create(config, meeting);
        if (series.Chair is not { } chair || chair.Id != link.RecipientId)
        {
            ApiLog.LinkRefused(logger, "agenda link for someone who is not the series' chair");
            return (null, LinkPages.Closed());
        }

        var zone = DateTimeZoneProviders.Tzdb[config.Partnership.TimeZone];
        if (zone.AtLeniently(date + meeting.Time.Start).ToInstant() <= Instant.FromDateTimeOffset(time.GetUtcNow()))
        {
            ApiLog.LinkRefused(logger, "agenda link for a meeting that has started");
            return (null, LinkPages.Expired());
        }

        return (new AgendaProposalTarget(config, meeting, series, chair, date, link.ExpiresAt), null);
    }
}
