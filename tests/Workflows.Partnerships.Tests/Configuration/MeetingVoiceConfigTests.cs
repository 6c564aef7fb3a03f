using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Limits;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary>A series' <c>name</c>, <c>shortName</c> and <c>tone</c>: how its messages speak (issue 16).</summary>
public sealed class MeetingVoiceConfigTests
{
    private const string TitleLine = "    title: Directieberaad Profijt\n";

    [Fact]
    public void Name_short_name_and_tone_are_read()
    {
        var meeting = Load("    name: het directieberaad\n    shortName: Directieberaad Profijt\n    tone: je\n").Config!.Meetings.Single();

        Assert.Equal("het directieberaad", meeting.Name);
        Assert.Equal("Directieberaad Profijt", meeting.ShortName);
        Assert.Equal(MeetingTone.Je, meeting.Tone);
    }

    [Fact]
    public void Without_them_the_title_speaks_and_the_tone_is_u()
    {
        var meeting = Load(string.Empty).Config!.Meetings.Single();

        Assert.Null(meeting.Name);
        Assert.Null(meeting.ShortName);
        Assert.Equal(MeetingTone.U, meeting.Tone);
    }

    [Theory]
    [InlineData("    tone: jij\n", "55:11: meetings[0].tone: unknown tone 'jij' (expected u or je)")]
    [InlineData("    name: Directieberaad\n", "55:11: meetings[0].name: 'Directieberaad' has no article; write the series as a sentence names it, e.g. 'het directieberaad' or 'de klankbordgroep decanen' ('the steering group' in English)")]
    [InlineData("    name: het\n", "55:11: meetings[0].name: 'het' has no article; write the series as a sentence names it, e.g. 'het directieberaad' or 'de klankbordgroep decanen' ('the steering group' in English)")]
    [InlineData("    shortName: \"\"\n", "55:16: meetings[0].shortName: must not be empty")]
    public void A_wrong_value_is_one_located_error(string lines, string expected)
    {
        var result = Load(lines);

        Assert.Null(result.Config);
        Assert.Equal([$"profijt.yaml:{expected}"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Names_are_held_to_the_title_limit()
    {
        var result = Load($"    shortName: {new string('x', TextLimits.Title + 1)}\n");

        Assert.Equal(
            ["profijt.yaml:55:16: meetings[0].shortName is too long: 201 characters, at most 200."],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void An_unknown_key_beside_them_is_still_reported()
    {
        var result = Load("    toon: je\n");

        Assert.Contains(result.Errors, e => e.ToString().Contains("toon", StringComparison.Ordinal));
    }

    private static LoadResult Load(string lines)
    {
        Assert.Contains(TitleLine, SampleConfigs.Full, StringComparison.Ordinal);
        return PartnershipConfigLoader.Parse(SampleConfigs.Full.Replace(TitleLine, TitleLine + lines, StringComparison.Ordinal), "profijt.yaml", SampleConfigs.Today);
    }
}
