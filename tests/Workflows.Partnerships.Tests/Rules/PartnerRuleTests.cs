using CsCheck;
using Workflows.Partnerships.Rules;

namespace Workflows.Partnerships.Tests.Rules;

/// <summary><see cref="Quorum.Judge"/>: the partner rule by requirement, with "onder voorbehoud" as not yet.</summary>
public sealed class PartnerRuleTests
{
    private static readonly QuorumRequirement MboDirector = new("kind:mbo&role:sectordirecteur", "een mbo-sectordirecteur", ["jan", "els"]);

    private static Attendance A(string id, Rsvp response, string kind = "mbo") => new(id, Name(id), "org-" + id, kind, response, null);

    private static string Name(string id) => id switch
    {
        "jan" => "Jan Jansen",
        "els" => "Els Kamp",
        _ => "Naam " + id,
    };

    [Fact]
    public void A_coordinator_who_accepts_does_not_stand_in_for_the_mbo_directors_who_declined()
    {
        // Wim is employed by the mbo but coordinates: the requirement does not list him.
        var judged = Quorum.Judge([A("wim", Rsvp.Accepted), A("jan", Rsvp.Declined), A("els", Rsvp.Declined), A("a", Rsvp.Accepted, "vmbo")], [MboDirector], null);

        Assert.Equal(QuorumState.NotMet, judged.State);
        Assert.Equal(["een mbo-sectordirecteur"], judged.Missing);
        Assert.Equal("Deze keer kan geen mbo-sectordirecteur aanwezig zijn.", judged.Explanation);
    }

    [Fact]
    public void Tentative_is_not_yet_and_the_explanation_names_who_is_tentative()
    {
        var judged = Quorum.Judge([A("jan", Rsvp.Tentative), A("els", Rsvp.Declined), A("a", Rsvp.Accepted, "vmbo")], [MboDirector], null);

        Assert.Equal(QuorumState.NotYet, judged.State);
        Assert.False(judged.Met);
        Assert.Equal(["Jan Jansen"], judged.Tentative);
        Assert.Equal("Er heeft zich nog geen mbo-sectordirecteur aangemeld. Jan Jansen heeft zich onder voorbehoud aangemeld.", judged.Explanation);
    }

    [Fact]
    public void No_answer_is_not_yet_and_one_acceptance_meets_the_requirement()
    {
        var none = Quorum.Judge([A("jan", Rsvp.None), A("els", Rsvp.Declined)], [MboDirector], null);
        var met = Quorum.Judge([A("jan", Rsvp.None), A("els", Rsvp.Accepted), A("b", Rsvp.Accepted, "vmbo")], [MboDirector], null);

        Assert.Equal(QuorumState.NotYet, none.State);
        Assert.Equal("Er heeft zich nog geen mbo-sectordirecteur aangemeld.", none.Explanation);
        Assert.Equal(QuorumState.Met, met.State);
        Assert.Empty(met.Missing);
        Assert.Equal("Er hebben zich 2 van de 3 genodigden aangemeld.", met.Explanation);
    }

    [Fact]
    public void Each_requirement_and_the_minimum_say_what_is_missing_in_Dutch()
    {
        QuorumRequirement[] rule =
        [
            MboDirector,
            new("kind:vso", "iemand van het vso", ["v1", "v2"]),
            new("piet", "Piet Pieters", ["piet"]),
            new("kind:hbo", "iemand van het hbo", []),
        ];
        Attendance[] invited = [A("jan", Rsvp.Tentative), A("els", Rsvp.Tentative), A("v1", Rsvp.None), A("v2", Rsvp.Declined), A("piet", Rsvp.None), A("x", Rsvp.Accepted, "vmbo")];

        var judged = Quorum.Judge(invited, rule, minAccepted: 3);

        Assert.Equal(QuorumState.NotMet, judged.State);
        Assert.Equal(["een mbo-sectordirecteur", "iemand van het vso", "Piet Pieters", "iemand van het hbo"], judged.Missing);
        Assert.Equal(
            "Er heeft zich nog geen mbo-sectordirecteur aangemeld. Jan Jansen en Els Kamp hebben zich onder voorbehoud aangemeld. "
            + "Er heeft zich nog niemand van het vso aangemeld. Piet Pieters heeft zich nog niet aangemeld. "
            + "Deze keer kan niemand van het hbo aanwezig zijn. Er heeft zich nog maar 1 persoon aangemeld; er zijn er minstens 3 nodig.",
            judged.Explanation);
    }

    [Fact]
    public void A_minimum_nobody_can_reach_any_more_is_not_met()
    {
        var judged = Quorum.Judge([A("a", Rsvp.Accepted), A("b", Rsvp.Declined), A("c", Rsvp.Declined), A("d", Rsvp.Tentative)], [], minAccepted: 3);

        Assert.Equal(QuorumState.NotMet, judged.State);
        Assert.Equal("Er kunnen deze keer hooguit 2 mensen komen; er zijn er minstens 3 nodig.", judged.Explanation);
    }

    [Theory]
    [InlineData(0, "Er kan deze keer niemand komen; er zijn er minstens 2 nodig.")]
    [InlineData(1, "Er kan deze keer hooguit 1 persoon komen; er zijn er minstens 2 nodig.")]
    public void A_minimum_out_of_reach_counts_who_can_still_come_in_Dutch(int possible, string expected)
    {
        Attendance[] invited = [.. Enumerable.Range(0, 3).Select(i => A("p" + i, i < possible ? Rsvp.None : Rsvp.Declined))];

        var judged = Quorum.Judge(invited, [], minAccepted: 2);

        Assert.Equal(QuorumState.NotMet, judged.State);
        Assert.Equal(expected, judged.Explanation);
    }

    [Fact]
    public void A_person_invited_twice_counts_once_with_their_acceptance()
    {
        var judged = Quorum.Judge([A("jan", Rsvp.None), A("jan", Rsvp.Accepted), A("els", Rsvp.Accepted)], [MboDirector], minAccepted: 2);

        Assert.Equal(QuorumState.Met, judged.State);
        Assert.Equal(2, judged.Accepted);
        Assert.Equal("Er hebben zich 2 van de 2 genodigden aangemeld.", judged.Explanation);
    }

    [Fact]
    public void Without_requirements_and_minimum_the_rule_is_always_met()
    {
        var nobody = Quorum.Judge([A("a", Rsvp.Declined)], [], minAccepted: null);
        var one = Quorum.Judge([A("a", Rsvp.Accepted), A("b", Rsvp.Declined)], [], minAccepted: null);

        Assert.Equal(QuorumState.Met, nobody.State);
        Assert.Equal("Er heeft zich niemand aangemeld.", nobody.Explanation);
        Assert.Equal(QuorumState.Met, one.State);
        Assert.Equal("Er heeft zich 1 van de 2 genodigden aangemeld.", one.Explanation);
    }

    [Fact]
    public void A_negative_minimum_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Judge([], [], -1));
    }

    [Fact]
    public void The_explanation_never_uses_the_words_the_schrijfwijzer_bans()
    {
        var judged = Quorum.Judge([A("jan", Rsvp.Declined), A("els", Rsvp.Tentative)], [MboDirector], 5);

        Assert.DoesNotContain("quorum", judged.Explanation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("geaccepteerd", judged.Explanation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("aangenomen", judged.Explanation, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly Gen<Rsvp> Answer = Gen.Enum<Rsvp>();

    private static readonly Gen<(Rsvp[] Answers, int[][] Requirements, int? Min)> Cases =
        from n in Gen.Int[1, 8]
        from answers in Answer.Array[n]
        from requirements in Gen.Int[0, n - 1].Array[0, 3].Array[0, 4]
        from min in Gen.Int[-1, n + 1]
        select (answers, requirements, min < 0 ? (int?)null : min);

    private static QuorumJudgement Judge(Rsvp[] answers, int[][] requirements, int? min) =>
        Quorum.Judge(
            [.. answers.Select((r, i) => A("p" + i, r))],
            [.. requirements.Select((ids, i) => new QuorumRequirement("r" + i, "een r" + i, [.. ids.Select(x => "p" + x)]))],
            min);

    [Fact]
    public void The_state_follows_the_definition()
    {
        Cases.Sample(c =>
        {
            var judged = Judge(c.Answers, c.Requirements, c.Min);
            bool Has(int[] ids, Rsvp r) => ids.Any(x => c.Answers[x] == r);
            int accepted = c.Answers.Count(a => a == Rsvp.Accepted);
            bool allDeclined = c.Requirements.Any(ids => ids.All(x => c.Answers[x] == Rsvp.Declined));
            bool tooFew = c.Answers.Count(a => a != Rsvp.Declined) < c.Min;
            bool met = c.Requirements.All(ids => Has(ids, Rsvp.Accepted)) && !(accepted < c.Min);
            var expected = met ? QuorumState.Met : allDeclined || tooFew ? QuorumState.NotMet : QuorumState.NotYet;
            return judged.State == expected && judged.Accepted == accepted;
        });
    }

    [Fact]
    public void Turning_a_tentative_or_missing_answer_into_an_acceptance_never_makes_it_worse()
    {
        Cases.Sample(c =>
        {
            var before = Judge(c.Answers, c.Requirements, c.Min);
            for (int i = 0; i < c.Answers.Length; i++)
            {
                if (c.Answers[i] is Rsvp.Tentative or Rsvp.None)
                {
                    var better = (Rsvp[])c.Answers.Clone();
                    better[i] = Rsvp.Accepted;
                    if (Judge(better, c.Requirements, c.Min).State > before.State)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }
}
