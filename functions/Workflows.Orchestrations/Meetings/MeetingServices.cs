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

    public TimelineStore Timeline => _timeline ??= new TimelineStore(Tables.GetTableClient(TablePrefix + "Timeline"));

    public AttendanceStore Attendance => _attendance ??= AttendanceStore.For(Tables, TablePrefix);

    private TimelineStore? _timeline;
    private AttendanceStore? _attendance;
}
