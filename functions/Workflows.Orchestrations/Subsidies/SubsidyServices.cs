using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Timeline;
using Azure.Data.Tables;
using Workflows.Orchestrations.Meetings;
using Workflows.Messaging;

namespace Workflows.Orchestrations.Subsidies;

/// <summary>What the subsidy activities work with: the gateway, the signer of the action links and the timeline table.</summary>
/// <param name="TablePrefix">Prefix of the timeline table (<c>{prefix}Timeline</c>), the same one the meeting cycle writes.</param>
public sealed record SubsidyServices(IMessageGateway Gateway, ActionLinks Links, TableServiceClient Tables, string TablePrefix = "Workflows")
{
    public TimelineStore Timeline => _timeline ??= new TimelineStore(Tables.GetTableClient(TablePrefix + "Timeline"));

    /// <summary>Which rounds run, for the meetings' agendas (<c>{prefix}SubsidyRounds</c>).</summary>
    public SubsidyRoundBoard Board => _board ??= SubsidyRoundBoard.For(Tables, TablePrefix);

    private TimelineStore? _timeline;
    private SubsidyRoundBoard? _board;
}
