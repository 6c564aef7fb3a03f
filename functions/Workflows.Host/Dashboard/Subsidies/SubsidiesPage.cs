using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Client;
using Workflows.Host.Api.Subsidies;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>
/// The Subsidies tab: every round with its deadline countdown and who applies, who declined and who has not reacted;
/// and the register form, which goes through the same validation and registration as <c>POST /api/subsidy-rounds</c>.
/// </summary>
internal static class SubsidiesPage
{
    public static void Map(RouteGroupBuilder dashboard)
    {
        dashboard.MapPage("/subsidies", ListAsync);
        dashboard.MapPage("/subsidies/new", r => Task.FromResult(r.Config is null
            ? DashboardEndpoints.NoConfig(r, DashboardTab.Subsidies)
            : FormPage(r, null, [])));
        dashboard.MapAction("/subsidies/new", RegisterAsync);
    }

    private static async Task<IResult> ListAsync(DashboardRequest r)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Subsidies);
        }

        var rounds = await SubsidyRoundsReader.ReadAsync(r.Service<DurableTaskClient>(), config, r.Aborted).ConfigureAwait(false);
        var list = rounds.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("Er zijn nog geen subsidierondes.", "There are no subsidy rounds yet.")}</p>""")
            : Html.Join(rounds, round => SubsidyRoundRenderer.Render(r, round));
        return DashboardLayout.Page(r, DashboardTab.Subsidies, DashboardLayout.Label(r, DashboardTab.Subsidies), Html.Of($"""
            <p class="actions"><a class="button primary" href="{SubsidyRoundForm.Path}">{r.L("Subsidieronde registreren", "Register a subsidy round")}</a></p>
            {list}
            """));
    }

    private static async Task<IResult> RegisterAsync(DashboardRequest r, IFormCollection form)
    {
        if (r.Config is not { } config)
        {
            return DashboardEndpoints.NoConfig(r, DashboardTab.Subsidies);
        }

        var (request, errors) = SubsidyRoundForm.Read(r, form);
        bool confirmed = DashboardForms.IsConfirmed(form);
        var client = r.Service<DurableTaskClient>();

        // A form error (a reminder that is no number) means nothing is checked further, let alone started.
        var registration = errors.Count > 0
            ? null
            : await SubsidyApi.RegisterRoundAsync(request, config, client, Api.Config.AmsterdamToday.From(r.Service<TimeProvider>()), start: confirmed, english: r.English, r.Aborted).ConfigureAwait(false);
        if (registration is null || registration.Errors.Count > 0 || registration.Conflict is not null)
        {
            errors.AddRange(registration?.Errors ?? []);
            if (registration?.Conflict is { } conflict)
            {
                errors.Add(conflict);
            }

            return FormPage(r, form, errors);
        }

        var round = registration.Snapshot!;
        if (!confirmed)
        {
            var recipients = Html.Join(round.Recipients, m => Html.Of($"<li>{m.Name} <span class=\"meta\">({m.OrganizationName})</span></li>"));
            return DashboardForms.Confirm(r, DashboardTab.Subsidies, r.L("Subsidieronde registreren", "Register a subsidy round"), Html.Of($"""
                <p>{r.L($"De subsidieronde ‘{round.Title}’ ({round.Funder}, aanvragen uiterlijk {Due(r, round)}) wordt geregistreerd en aangekondigd aan deze {round.Recipients.Count} ontvangers:", $"The subsidy round ‘{round.Title}’ ({round.Funder}, applications due by {Due(r, round)}) will be registered and announced to these {round.Recipients.Count} recipients:")}</p>
                <ul class="recipients">{recipients}</ul>
                """), SubsidyRoundForm.Path, DashboardForms.Fields(form), SubsidyRoundForm.Path);
        }

        var logger = r.Service<ILoggerFactory>().CreateLogger(typeof(SubsidiesPage));
        DashboardLog.ActionTaken(logger, "subsidy-round-register", round.RoundId);
        return DashboardForms.Done(r, DashboardTab.Subsidies, r.L("Subsidieronde geregistreerd", "Subsidy round registered"),
            r.L($"De subsidieronde ‘{round.Title}’ is geregistreerd; de aankondiging gaat naar {round.Recipients.Count} ontvangers.", $"The subsidy round ‘{round.Title}’ has been registered; the announcement goes to {round.Recipients.Count} recipients."),
            DashboardLayout.Path(DashboardTab.Subsidies));
    }

    private static NodaTime.LocalDate SubsidyDate(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    private static string Due(DashboardRequest r, Orchestrations.Subsidies.SubsidyRoundSnapshot round) =>
        SubsidyWords.Deadline(r, SubsidyDate(round.Deadline), Partnerships.Configuration.SubsidyDeadline.ParseTime(round.DeadlineTime));

    private static IResult FormPage(DashboardRequest r, IFormCollection? posted, List<string> errors)
        => DashboardLayout.Page(r, DashboardTab.Subsidies, r.L("Subsidieronde registreren", "Register a subsidy round"), Html.Of($"""
            {DashboardForms.Errors(r, errors)}
            <p>{r.L("De ronde wordt meteen aangekondigd aan de gekozen ontvangers; zij krijgen herinneringen tot ze reageren.", "The round is announced at once to the chosen recipients; they get reminders until they react.")}</p>
            {SubsidyRoundForm.Render(r, posted)}
            """), errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
}
