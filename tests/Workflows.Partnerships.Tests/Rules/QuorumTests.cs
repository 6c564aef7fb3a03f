using Workflows.Partnerships.Rules;

namespace Workflows.Partnerships.Tests.Rules;

public sealed class QuorumTests
{
    internal static Attendance Person(string id, string kind, Rsvp response, string? comment = null) =>
        new(id, $"Naam {id}", $"org-{kind}-{id}", kind, response, comment);

    [Fact]
    public void Without_an_accepting_mbo_the_meeting_does_not_go_ahead()
    {
        Attendance[] invited =
        [
            Person("a", "vmbo", Rsvp.Accepted),
            Person("b", "vmbo", Rsvp.Accepted),
            Person("c", "mbo", Rsvp.Tentative),
            Person("d", "mbo", Rsvp.Declined),
        ];

        var result = Quorum.Evaluate(invited, ["mbo"], minAccepted: null);

        Assert.False(result.Met);
        Assert.Equal(["mbo"], result.MissingKinds);
        Assert.Equal(2, result.Accepted);
        Assert.Equal("Geen enkele mbo-deelnemer heeft geaccepteerd; het overleg gaat niet door.", result.Explanation);
    }

    [Fact]
    public void Too_few_acceptances_are_counted_against_the_minimum()
    {
        Attendance[] invited =
        [
            Person("a", "vmbo", Rsvp.Accepted),
            Person("b", "mbo", Rsvp.Accepted),
            Person("c", "mbo", Rsvp.Accepted),
            Person("d", "vso", Rsvp.Tentative),
            Person("e", "pro", Rsvp.None),
        ];

        var result = Quorum.Evaluate(invited, ["mbo"], minAccepted: 5);

        Assert.False(result.Met);
        Assert.Empty(result.MissingKinds);
        Assert.Equal("3 van minimaal 5 aanmeldingen; het overleg gaat niet door.", result.Explanation);
    }

    [Fact]
    public void Both_reasons_are_given_and_several_missing_kinds_read_as_Dutch()
    {
        var result = Quorum.Evaluate([Person("a", "vmbo", Rsvp.Accepted)], ["mbo", "hbo", "vso"], minAccepted: 2);

        Assert.Equal(["mbo", "hbo", "vso"], result.MissingKinds);
        Assert.Equal(
            "Geen enkele mbo-, hbo- of vso-deelnemer heeft geaccepteerd; 1 van minimaal 2 aanmeldingen; het overleg gaat niet door.",
            result.Explanation);
    }

    [Fact]
    public void Met_when_every_required_kind_accepted_and_the_minimum_is_reached()
    {
        Attendance[] invited =
        [
            Person("a", "vmbo", Rsvp.Accepted),
            Person("b", "MBO", Rsvp.Accepted),
        ];

        var result = Quorum.Evaluate(invited, ["mbo", "vmbo"], minAccepted: 2);

        Assert.True(result.Met);
        Assert.Empty(result.MissingKinds);
        Assert.Equal("Het overleg gaat door: 2 aanmeldingen (minimaal 2).", result.Explanation);
    }

    [Fact]
    public void A_person_invited_twice_counts_once_with_their_acceptance()
    {
        Attendance[] invited =
        [
            Person("a", "mbo", Rsvp.None),
            Person("a", "mbo", Rsvp.Accepted),
        ];

        var result = Quorum.Evaluate(invited, ["mbo"], minAccepted: 2);

        Assert.Equal(1, result.Accepted);
        Assert.Equal("1 van minimaal 2 aanmeldingen; het overleg gaat niet door.", result.Explanation);
    }

    [Fact]
    public void No_requirements_is_always_met()
    {
        var result = Quorum.Evaluate([Person("a", "vmbo", Rsvp.Accepted)], [], minAccepted: null);

        Assert.True(result.Met);
        Assert.Equal("Het overleg gaat door: 1 aanmelding.", result.Explanation);
    }

    [Fact]
    public void A_negative_minimum_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Evaluate([], [], -1));
    }
}
