using Workflows.Orchestrations.Timeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Messaging;
using Workflows.Orchestrations.Links;

namespace Workflows.Orchestrations.Meetings;

/// <summary>What the meeting activities work with: the message gateway and the Table Storage account for the timeline and attendance.</summary>
/// <param name="TablePrefix">Prefix of the tables (<c>{prefix}Timeline</c>, <c>{prefix}Attendance</c>), letters and digits; the simulator uses its hub name.</param>
public sealed record MeetingServices(IMessageGateway Gateway, TableServiceClient Tables, string TablePrefix = "Workflows")
{
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Signs the coordinators' one-click choice of an occurrence at risk; required by <c>MeetingWarnAtRisk</c>.</summary>
    public ActionLinks? Links { get; init; }

    /// <summary>The occurrence's documents with download links, listed under "Stukken" in the invitation; null: none.</summary>
    public IMeetingDocuments? Documents { get; init; }

    public TimelineStore Timeline => _timeline ??= new TimelineStore(Tables.GetTableClient(TablePrefix + "Timeline"));

    public AttendanceStore Attendance => _attendance ??= AttendanceStore.For(Tables, TablePrefix);

    /// <summary>The proposed agenda items (<c>{prefix}AgendaItems</c>).</summary>
    public AgendaStore Agenda => _agenda ??= AgendaStore.For(Tables, TablePrefix);

    /// <summary>The running subsidy rounds the round activities keep (<c>{prefix}SubsidyRounds</c>), for the agenda.</summary>
    public Subsidies.SubsidyRoundBoard SubsidyRounds => _rounds ??= Subsidies.SubsidyRoundBoard.For(Tables, TablePrefix);

    /// <summary>The verslagen and action items (<c>{prefix}Minutes</c>).</summary>
    public Minutes.MinutesStore Minutes => _minutes ??= Workflows.Orchestrations.Minutes.MinutesStore.For(Tables, TablePrefix);

    /// <summary>
    /// The action items of the series' earlier meetings that are still open, one line each ("what (owner, uiterlijk
    /// date)"), by due date: the agenda item "Actiepunten vorig overleg". Read when the invitation goes out, so an
    /// item ticked off until then stays off.
    /// </summary>
    internal async Task<IReadOnlyList<string>> OpenActionItemsAsync(SeriesSnapshot series, PlannedOccurrence occurrence, CancellationToken cancellationToken)
    {
        var open = await Minutes.ReadOpenAsync(series.PartnershipId, series.SeriesId, occurrence.Date, cancellationToken);
        var language = MeetingMessages.Language(series);
        return [.. open.Select(i => Workflows.Orchestrations.Minutes.ActionItemLines.Agenda(i, language))];
    }

    private TimelineStore? _timeline;
    private Minutes.MinutesStore? _minutes;
    private AgendaStore? _agenda;
    private Subsidies.SubsidyRoundBoard? _rounds;
    private AttendanceStore? _attendance;
}
