using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Host.Api.Series;

/// <summary>
/// The tables the agenda item routes write: the items and the timeline (<c>{hub}AgendaItems</c>, <c>{hub}Timeline</c>),
/// the same ones the meeting activities read. Their own registration: an API host need not run the workflows.
/// </summary>
internal sealed record AgendaItemStores(AgendaStore Agenda, TimelineStore Timeline);
