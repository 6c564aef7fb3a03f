using Workflows.Partnerships.Rules;

namespace Workflows.Partnerships.Tests.Rules;

public sealed class TurnoutTests
{
    private static Attendance Person(string id, string kind, Rsvp response, string? comment = null) =>
        new(id, $"Naam {id}", $"org-{kind}-{id}", kind, response, comment);

    private static readonly Attendance[] Invited =
    [
        Person("a", "vmbo", Rsvp.Accepted),
        Person("b", "mbo", Rsvp.Declined, "Examenweek"),
        Person("c", "mbo", Rsvp.Tentative),
        Person("d", "vso", Rsvp.None),
    ];

    [Fact]
    public void Low_turnout_lists_the_decliners_with_their_comments()
    {
        var result = Turnout.Evaluate(Invited, lowTurnoutFraction: 0.5);

        Assert.Equal(4, result.Invited);
        Assert.Equal(1, result.Accepted);
        Assert.Equal(0.25, result.Ratio);
        Assert.True(result.IsLow);
        var decliner = Assert.Single(result.Decliners);
        Assert.Equal(("b", "Examenweek"), (decliner.PersonId, decliner.Comment));
        Assert.Equal("d", Assert.Single(result.NoResponse).PersonId);
    }

    [Fact]
    public void Turnout_at_the_threshold_is_not_low()
    {
        Assert.False(Turnout.Evaluate(Invited, lowTurnoutFraction: 0.25).IsLow);
    }

    [Fact]
    public void Nobody_invited_is_not_low_turnout()
    {
        var result = Turnout.Evaluate([], lowTurnoutFraction: 0.5);

        Assert.Equal(0, result.Ratio);
        Assert.False(result.IsLow);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Fractions_outside_zero_to_one_are_refused(double fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Turnout.Evaluate(Invited, fraction));
    }
}
