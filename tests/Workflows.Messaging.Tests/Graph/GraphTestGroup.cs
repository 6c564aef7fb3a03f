namespace Workflows.Messaging.Tests.Graph;

/// <summary>
/// The Graph tests run one after another: they count the process-wide <c>Workflows.Messaging</c> meter, and some hold
/// requests open on purpose.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GraphTestGroup
{
    public const string Name = "Graph";
}
