using Workflows.Orchestrations.Timeline;

namespace Workflows.Orchestrations.Tests.Resilience;

/// <summary>No text makes a timeline row too big for a table property (32K characters), and no reason keeps a line break or a dump.</summary>
public sealed class TimelineFitTests
{
    [Fact]
    public void An_event_with_a_huge_escaped_reason_and_many_recipients_still_fits_a_table_property()
    {
        var recipients = Enumerable.Range(0, 400).Select(i => $"persoon.{i}.met.een.lang.adres@school-met-een-lange-naam.example").ToList();
        var entry = new TimelineEvent(DateTimeOffset.UnixEpoch, "meeting.cancelled", "meeting-cycle", "meeting:proef:beraad", recipients, "beraad", null, null, new string('é', 100_000));

        string json = TimelineStore.Serialize(entry);

        Assert.True(json.Length < 32_000, $"{json.Length} characters");
        Assert.Contains("\"kind\":\"meeting.cancelled\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_is_one_line_and_cut_with_an_ellipsis()
    {
        Assert.Equal("Mailbox unavailable (503) at Stack", WorkflowSteps.OneLine("Mailbox unavailable (503)\r\n   at Stack", 300));
        string cut = WorkflowSteps.OneLine(new string('x', 1000), WorkflowSteps.ReasonLength);
        Assert.Equal(WorkflowSteps.ReasonLength, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }
}
