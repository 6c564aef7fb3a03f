using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Tests.Support;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>The reason of a confirmation after the coordinators chose: how they chose, never an id.</summary>
public sealed class MeetingCycleNotesTests
{
    [Theory]
    [InlineData("dashboard", "De coördinatoren hebben besloten dat het overleg doorgaat (via het dashboard).")]
    [InlineData("coco", "De coördinatoren hebben besloten dat het overleg doorgaat (via de knop in de e-mail).")]
    [InlineData("coco,coco", "De coördinatoren hebben besloten dat het overleg doorgaat (via de knop in de e-mail).")]
    [InlineData("coco,anna", "De coördinatoren hebben besloten dat het overleg doorgaat.")]
    [InlineData("anna", "De coördinatoren hebben besloten dat het overleg doorgaat.")]
    [InlineData("api", "De coördinatoren hebben besloten dat het overleg doorgaat.")]
    [InlineData(null, "De coördinatoren hebben besloten dat het overleg doorgaat.")]
    public void Decided_hold_says_how_the_coordinators_chose_in_Dutch(string? who, string expected) =>
        Assert.Equal(expected, MeetingCycleNotes.DecidedHold(TestPartnership.Series(), who));

    [Theory]
    [InlineData("dashboard", "The coordinators decided that the meeting goes ahead (on the dashboard).")]
    [InlineData("coco", "The coordinators decided that the meeting goes ahead (with the button in the e-mail).")]
    [InlineData("someone", "The coordinators decided that the meeting goes ahead.")]
    public void Decided_hold_says_how_the_coordinators_chose_in_English(string who, string expected) =>
        Assert.Equal(expected, MeetingCycleNotes.DecidedHold(TestPartnership.Series() with { Language = "en" }, who));
}
