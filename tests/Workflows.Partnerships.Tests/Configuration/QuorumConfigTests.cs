using Workflows.Partnerships.Configuration;
using Workflows.Partnerships.Rules;

namespace Workflows.Partnerships.Tests.Configuration;

/// <summary><c>quorum.require</c>, <c>onMissing</c> and <c>countCoordinators</c>: read, limited, and located when wrong.</summary>
public sealed class QuorumConfigTests
{
    private const string Kinds = "requireKinds: [vmbo, mbo]";

    [Theory]
    [InlineData("require: [\"rol:sectordirecteur\"]", "67:17: meetings[0].quorum.require[0]: selector 'rol:sectordirecteur': unknown prefix 'rol:' (expected role:, kind:, org: or a person id); did you mean 'role:'?")]
    [InlineData("require: [\"kind:mbo&role:decaan\"]", "67:17: meetings[0].quorum.require[0]: selector 'kind:mbo&role:decaan' matches no member of group 'directieberaad', so the rule can never be met")]
    [InlineData("require: [\"org:rocc\"]", "67:17: meetings[0].quorum.require[0]: selector 'org:rocc': unknown organization 'rocc'; did you mean 'roc'?")]
    [InlineData("require: [kind:mbo, karin]", "67:27: meetings[0].quorum.require[1]: selector 'karin' matches only coordinators of group 'directieberaad', and coordinators do not count, so the rule can never be met (set quorum.countCoordinators: true if they should)")]
    [InlineData("require: [kind:mbo]\n      onMissing: later", "68:18: meetings[0].quorum.onMissing: unknown onMissing value 'later' (expected ask, hold or cancel)")]
    [InlineData("require: [kind:mbo]\n      countCoordinators: ja", "68:26: meetings[0].quorum.countCoordinators: 'ja' is not true or false")]
    [InlineData("require: [a, b, c, d, e, f, g, h, i, j, k]", "67:16: meetings[0].quorum.require: 11 requirements; a series may have at most 10 (each names one side that must be present)")]
    [InlineData("require: kind:mbo", "67:16: meetings[0].quorum.require: expected a list, not 'kind:mbo'")]
    public void A_wrong_quorum_gives_one_located_error(string replace, string expected)
    {
        var text = SampleConfigs.Full.Replace(Kinds, replace, StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);

        Assert.Null(result.Config);
        Assert.Equal([$"profijt.yaml:{expected}"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void An_mbo_kind_only_a_coordinator_brings_is_reported_with_the_way_out()
    {
        // Erik, a coordinator employed by the mbo, replaces the mbo sectordirecteur in the group.
        var text = SampleConfigs.Full.Replace("kind:mbo&role:sectordirecteur, role:directeur, karin]", "erik, role:directeur, karin]", StringComparison.Ordinal);

        var result = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today);

        Assert.Equal(
            ["profijt.yaml:67:28: meetings[0].quorum.requireKinds[1]: only coordinators of group 'directieberaad' are from a mbo organization, and coordinators do not count, so the quorum can never be met (set quorum.countCoordinators: true if they should)"],
            result.Errors.Select(e => e.ToString()));
        var counted = PartnershipConfigLoader.Parse(text.Replace("minAccepted: 3", "minAccepted: 3\n      countCoordinators: true", StringComparison.Ordinal), "profijt.yaml", SampleConfigs.Today);
        Assert.Empty(counted.Errors);
    }

    [Fact]
    public void Require_onMissing_and_countCoordinators_are_read_and_requireKinds_keeps_its_meaning()
    {
        var text = SampleConfigs.Full.Replace(Kinds, "require: [\"kind:mbo&role:sectordirecteur\", karin]\n      requireKinds: [vmbo]\n      onMissing: cancel\n      countCoordinators: true", StringComparison.Ordinal);

        var config = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today).Config!;

        var quorum = config.Meetings[0].Quorum;
        Assert.Equal(["kind:mbo&role:sectordirecteur", "karin"], quorum.Require);
        Assert.Equal(["kind:mbo&role:sectordirecteur", "karin", "kind:vmbo"], quorum.Selectors);
        Assert.Equal(QuorumOnMissing.Cancel, quorum.OnMissing);
        Assert.True(quorum.CountCoordinators);
    }

    [Fact]
    public void Defaults_ask_and_coordinators_not_counted()
    {
        var config = PartnershipConfigLoader.Parse(SampleConfigs.Full, "profijt.yaml", SampleConfigs.Today).Config!;

        var quorum = config.Meetings[0].Quorum;
        Assert.Empty(quorum.Require);
        Assert.Equal(QuorumOnMissing.Ask, quorum.OnMissing);
        Assert.False(quorum.CountCoordinators);
        Assert.Equal(["kind:vmbo", "kind:mbo"], quorum.Selectors);
    }

    [Fact]
    public void Requirements_resolve_to_members_without_coordinators_and_with_Dutch_labels()
    {
        var text = SampleConfigs.Full.Replace(Kinds, "require: [\"kind:mbo&role:sectordirecteur\", role:directeur, org:oost, piet, kind:pro&role:directeur, \"org:roc&role:sectordirecteur\"]\n      requireKinds: [vmbo]", StringComparison.Ordinal);
        var config = PartnershipConfigLoader.Parse(text, "profijt.yaml", SampleConfigs.Today).Config!;
        var meeting = config.Meetings[0];
        var members = config.People.Where(p => p.Id != "erik").ToList();

        var requirements = QuorumRequirements.Resolve(config, meeting, members);

        Assert.Equal(
            [
                ("kind:mbo&role:sectordirecteur", "een mbo-sectordirecteur", "jan"),
                ("role:directeur", "een directeur", "piet"),
                ("org:oost", "iemand van Scholengroep Oost", "anna"),
                ("piet", "Piet Pieters", "piet"),
                ("kind:pro&role:directeur", "een directeur van het praktijkonderwijs", "piet"),
                ("org:roc&role:sectordirecteur", "een sectordirecteur van ROC Voorbeeld", "jan"),
                ("kind:vmbo", "iemand van het vmbo", "anna"),
            ],
            requirements.Select(r => (r.Selector, r.Label, string.Join(",", r.PersonIds))));

        // Karin (a coordinator at Oost) counts only when the file says so.
        var counted = QuorumRequirements.Resolve(config, meeting with { Quorum = meeting.Quorum with { CountCoordinators = true } }, members);
        Assert.Equal("anna,karin", string.Join(",", counted[2].PersonIds.Order(StringComparer.Ordinal)));
    }
}
