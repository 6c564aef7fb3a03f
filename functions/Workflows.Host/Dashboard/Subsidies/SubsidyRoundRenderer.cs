using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>Renders one round: title, deadline with countdown, phase, and the three lists of people.</summary>
internal static class SubsidyRoundRenderer
{
    public static Html Render(DashboardRequest r, SubsidyRoundView round)
    {
        var (phase, phaseBadge) = SubsidyWords.Phase(r, round.Phase);
        string title = $"round-{round.Id}-title";
        var link = round.Url is { } url
            ? Html.Of($"""<p class="meta"><a href="{url}" rel="noreferrer">{r.L("Regeling bekijken", "View the scheme")}</a></p>""")
            : Html.Empty;
        return Html.Of($"""
            <section class="card round" data-round="{round.Id}" aria-labelledby="{title}">
            <h2 id="{title}">{round.Title}</h2>
            <p class="meta">{round.Funder}</p>
            <p class="deadline">{r.L("Aanvragen uiterlijk", "Applications due by")} <time datetime="{SubsidyDeadline.Format(round.Deadline, round.DeadlineTime)}">{SubsidyWords.Deadline(r, round.Deadline, round.DeadlineTime)}</time>
            <span class="badge countdown {SubsidyWords.CountdownBadge(r, round.Deadline)}">{SubsidyWords.Countdown(r, round.Deadline)}</span>
            <span class="badge phase {phaseBadge}" data-phase="{round.Phase}">{phase}</span></p>
            {link}
            <div class="round-lists">
            {List(r, round, "applying", r.L("We vragen aan", "Applying"), round.Applying)}
            {List(r, round, "not-for-us", r.L("Niet voor ons", "Not for us"), round.NotForUs)}
            {List(r, round, "no-reaction", r.L("Nog geen reactie", "No reaction yet"), round.NoReaction)}
            </div>
            </section>
            """);
    }

    private static Html List(DashboardRequest r, SubsidyRoundView round, string kind, string label, IReadOnlyList<SubsidyPersonView> people)
    {
        string id = $"round-{round.Id}-{kind}";
        var order = StringComparer.Create(r.Culture, ignoreCase: false);
        var items = people.Count == 0
            ? Html.Of($"""<p class="empty">{r.L("Niemand", "Nobody")}</p>""")
            : Html.Of($"""<ul>{Html.Join(people.OrderBy(p => p.Organization, order).ThenBy(p => p.Name, order), p => Html.Of($"""<li data-person="{p.Id}">{p.Name} <span class="meta">({p.Organization})</span></li>"""))}</ul>""");
        return Html.Of($"""
            <div class="people {kind}">
            <h3 id="{id}">{label} <span class="count">({people.Count})</span></h3>
            {items}
            </div>
            """);
    }
}
