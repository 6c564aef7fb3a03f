using DurableTask.Core;
using DurableTask.Core.History;
using Newtonsoft.Json;
using Workflows.Runtime.AzureStorage;

namespace Workflows.Runtime.Tests.AzureStorage;

public sealed class HistoryJsonTests
{
    [Fact]
    public void Events_written_as_the_provider_writes_them_come_back_with_their_types_and_fields()
    {
        var instance = new OrchestrationInstance { InstanceId = "i", ExecutionId = "e" };
        var at = new DateTime(2026, 10, 13, 13, 0, 0, DateTimeKind.Utc);
        List<HistoryEvent> written =
        [
            new ExecutionStartedEvent(-1, "\"in\"")
            {
                Name = "Chain", Version = "", OrchestrationInstance = instance, Timestamp = at,
                Tags = new Dictionary<string, string> { ["k"] = "2026-10-13T15:00:00+02:00" },
            },
            new TaskScheduledEvent(0) { Name = "Append", Input = "[\"x\"]", Timestamp = at },
            new TaskCompletedEvent(-1, 0, "\"2026-10-13\"") { Timestamp = at },
            new TimerCreatedEvent(1) { FireAt = at },
            new EventRaisedEvent(-1, "{\"by\":\"c\"}") { Name = "approve", Timestamp = at },
            new ExecutionCompletedEvent(2, "\"out\"", OrchestrationStatus.Completed) { Timestamp = at },
        ];

        // The provider's own serializer: Newtonsoft with default settings, no type names.
        var json = JsonConvert.SerializeObject(written);
        var read = HistoryJson.Deserialize(json);

        Assert.Equal(written.Select(e => e.GetType()), read.Select(e => e.GetType()));
        var started = Assert.IsType<ExecutionStartedEvent>(read[0]);
        Assert.Equal(("Chain", "\"in\""), (started.Name, started.Input));
        Assert.Equal(("i", "e"), (started.OrchestrationInstance.InstanceId, started.OrchestrationInstance.ExecutionId));
        Assert.Equal("2026-10-13T15:00:00+02:00", started.Tags["k"]);
        Assert.Equal(at, started.Timestamp);
        Assert.Equal(DateTimeKind.Utc, started.Timestamp.Kind);
        var scheduled = Assert.IsType<TaskScheduledEvent>(read[1]);
        Assert.Equal((0, "Append", "[\"x\"]"), (scheduled.EventId, scheduled.Name, scheduled.Input));
        var completed = Assert.IsType<TaskCompletedEvent>(read[2]);
        Assert.Equal((0, "\"2026-10-13\""), (completed.TaskScheduledId, completed.Result));
        Assert.Equal(at, Assert.IsType<TimerCreatedEvent>(read[3]).FireAt);
        Assert.Equal("approve", Assert.IsType<EventRaisedEvent>(read[4]).Name);
        var end = Assert.IsType<ExecutionCompletedEvent>(read[5]);
        Assert.Equal((OrchestrationStatus.Completed, "\"out\""), (end.OrchestrationStatus, end.Result));
    }
}
