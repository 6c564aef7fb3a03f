using Workflows.Partnerships.Limits;

namespace Workflows.Partnerships.Tests.Limits;

public sealed class TextLimitsTests
{
    [Fact]
    public void A_value_at_the_limit_fits_and_one_more_character_is_refused_with_the_count()
    {
        Assert.Null(TextLimits.Check(new string('a', 10), "reden", 10));
        Assert.Equal("reden is te lang: 11 tekens, hoogstens 10.", TextLimits.Check(new string('a', 11), "reden", 10));
        Assert.Equal("reason is too long: 11 characters, at most 10.", TextLimits.Check(new string('a', 11), "reason", 10, english: true));
    }

    [Theory]
    [InlineData("Evil\";ROLE=CHAIR\r\nX-INJ: 1", 17)]
    [InlineData("tab\there", 4)]
    [InlineData("nul\0", 4)]
    [InlineData("line\u2028sep", 5)]
    [InlineData("c1\u0085", 3)]
    public void A_single_line_field_refuses_control_characters_and_names_where(string value, int position)
    {
        Assert.Equal(position - 1, TextLimits.IndexOfForbidden(value));
        Assert.Contains($"op positie {position}; de tekst moet op één regel staan.", TextLimits.Check(value, "naam", 200), StringComparison.Ordinal);
    }

    [Fact]
    public void A_multiline_field_takes_line_breaks_and_tabs_but_no_other_control_characters()
    {
        Assert.True(TextLimits.Fits("Eerste regel\r\nTweede\tregel", 100, multiline: true));
        Assert.False(TextLimits.Fits("bel\a", 100, multiline: true));
        Assert.False(TextLimits.Fits("Eerste regel\nTweede", 100));
    }

    [Fact]
    public void Paired_surrogates_are_text_and_a_lone_surrogate_is_refused()
    {
        Assert.True(TextLimits.Fits("Overleg 🎓 mbo", 100));
        Assert.Equal(3, TextLimits.IndexOfForbidden("abc\uD83C"));
        Assert.Equal(0, TextLimits.IndexOfForbidden("\uDF93abc"));
    }

    [Fact]
    public void Cut_keeps_what_fits_and_marks_a_cut_without_splitting_a_surrogate_pair()
    {
        Assert.Equal("abcde", TextLimits.Cut("abcde", 5));
        Assert.Equal("abcd…", TextLimits.Cut("abcdef", 5));
        Assert.Equal("abc…", TextLimits.Cut("abc\U0001F600def", 5));
        Assert.Equal("abc\U0001F600…", TextLimits.Cut("abc\U0001F600def", 6));
    }
}
