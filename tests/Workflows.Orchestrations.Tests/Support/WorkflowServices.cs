using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Messaging.Outbox;
using Workflows.Orchestrations.Links;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Reviews;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Tests.Support;

/// <summary>
/// What the activities of all three workflows are made from (as the simulator builds it): the real outbox gateway
/// writing files to a temporary directory, signed action links, and the timeline, attendance and outcome tables in
/// the shared Azurite under a prefix of this test's own.
/// </summary>
internal sealed class WorkflowServices : IAsyncDisposable
{
    private static readonly byte[] LinkKey = Encoding.UTF8.GetBytes("a test signing key of at least 32 bytes!");

    private readonly ServiceProvider _container;

    public WorkflowServices(string connectionString, string prefix, IResponseSource responses, TimeProvider clock)
    {
        var tables = new TableServiceClient(connectionString);
        Outbox = Path.Combine(Path.GetTempPath(), "orchestration-tests", prefix);
        Gateway = new OutboxGateway(new OutboxOptions(Outbox, tables, prefix + "Outbox"), responses, clock);
        var links = new ActionLinks(LinkKey, clock, new Uri("http://127.0.0.1:7071"));
        Meetings = new MeetingServices(Gateway, tables, prefix) { Links = links };
        _container = new ServiceCollection()
            .AddSingleton(Meetings)
            .AddSingleton(new SubsidyServices(Gateway, links, tables, prefix))
            .AddSingleton(new ReviewServices(Gateway, tables, prefix))
            .BuildServiceProvider();
    }

    public IServiceProvider Container => _container;

    public OutboxGateway Gateway { get; }

    public MeetingServices Meetings { get; }

    public string Outbox { get; }

    /// <summary>The one timeline all three workflows write, read as the dashboard reads it.</summary>
    public Task<IReadOnlyList<TimelineEvent>> TimelineAsync(CancellationToken cancellationToken = default) =>
        Meetings.Timeline.ReadAsync(TestPartnership.Id, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _container.DisposeAsync();
        if (Directory.Exists(Outbox))
        {
            Directory.Delete(Outbox, recursive: true);
        }
    }
}
