using Workflows.Orchestrations.Timeline;
using Azure.Data.Tables;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;

namespace Workflows.Orchestrations.Reviews;

/// <summary>What the bestuur-talk activities work with: the gateway, the timeline and the outcomes (<c>{prefix}ReviewOutcomes</c>).</summary>
public sealed record ReviewServices(IMessageGateway Gateway, TableServiceClient Tables, string TablePrefix = "Workflows")
{
    public TimelineStore Timeline => _timeline ??= new TimelineStore(Tables.GetTableClient(TablePrefix + "Timeline"));

    public ReviewOutcomeStore Outcomes => _outcomes ??= new ReviewOutcomeStore(Tables.GetTableClient(TablePrefix + "ReviewOutcomes"));

    private TimelineStore? _timeline;
    private ReviewOutcomeStore? _outcomes;
}
