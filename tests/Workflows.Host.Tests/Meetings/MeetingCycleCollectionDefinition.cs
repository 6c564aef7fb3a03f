using Workflows.Testing;

namespace Workflows.Host.Tests.Meetings;

/// <summary>The meeting-cycle and simulation tests share one in-memory Azurite and run one after another (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class MeetingCycleCollectionDefinition : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "meeting-cycle";
}
