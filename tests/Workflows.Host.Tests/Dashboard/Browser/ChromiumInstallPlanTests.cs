namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>When the browser tests install Chromium themselves, and how.</summary>
public sealed class ChromiumInstallPlanTests
{
    [Fact]
    public void A_present_chromium_needs_nothing_even_without_rights()
    {
        var plan = ChromiumInstallPlan.For(chromiumPresent: true, aptPresent: false, privileged: false, sudoPresent: false);

        Assert.True(plan.NothingToDo);
        Assert.Null(plan.Failure);
    }

    [Fact]
    public void As_root_apt_updates_then_installs_chromium_without_recommends_and_without_questions()
    {
        var plan = ChromiumInstallPlan.For(chromiumPresent: false, aptPresent: true, privileged: true, sudoPresent: false);

        Assert.Null(plan.Failure);
        Assert.Collection(
            plan.Commands,
            update =>
            {
                Assert.Equal(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"], update.Take(3));
                Assert.Equal("update", update[^1]);
            },
            install =>
            {
                Assert.Equal(["env", "DEBIAN_FRONTEND=noninteractive", "apt-get"], install.Take(3));
                Assert.Equal(["install", "-y", "--no-install-recommends", "chromium"], install.TakeLast(4));
            });
    }

    [Fact]
    public void Without_root_it_goes_through_sudo_that_never_asks_for_a_password()
    {
        var plan = ChromiumInstallPlan.For(chromiumPresent: false, aptPresent: true, privileged: false, sudoPresent: true);

        Assert.Null(plan.Failure);
        Assert.Equal(2, plan.Commands.Count);
        Assert.All(plan.Commands, c => Assert.Equal(["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"], c.Take(5)));
    }

    [Theory]
    [InlineData(false, true, true, "apt-get")]
    [InlineData(true, false, false, "root")]
    public void When_it_cannot_install_it_says_why_and_runs_nothing(bool apt, bool root, bool sudo, string reason)
    {
        var plan = ChromiumInstallPlan.For(chromiumPresent: false, aptPresent: apt, privileged: root, sudoPresent: sudo);

        Assert.Empty(plan.Commands);
        Assert.Contains(reason, plan.Failure, StringComparison.Ordinal);
        Assert.Contains("/usr/bin/chromium", plan.Failure, StringComparison.Ordinal);
    }
}
