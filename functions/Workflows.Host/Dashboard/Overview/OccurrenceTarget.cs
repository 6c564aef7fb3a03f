using NodaTime;
using Workflows.Host.Api.Series;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Dashboard.Overview;

/// <summary>The occurrence an action is about: its series, its series date and the series' running cycle.</summary>
internal sealed record OccurrenceTarget(PartnershipConfig Config, Meeting Meeting, LocalDate Date, RunningCycle Cycle)
{
    public string Path(string action) => OccurrenceLinks.Action(Meeting.Id, Date, action);

    /// <summary>"Directieberaad Profijt van dinsdag 17 november 2026".</summary>
    public string Describe(DashboardRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.L($"{Meeting.Title} van {r.Date(Date)}", $"{Meeting.Title} of {r.Date(Date)}");
    }
}
