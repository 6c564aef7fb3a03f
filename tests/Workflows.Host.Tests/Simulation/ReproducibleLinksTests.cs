using Microsoft.Extensions.Time.Testing;
using Workflows.Orchestrations.Links;

namespace Workflows.Host.Tests.Simulation;

/// <summary>The simulation's action links: the same link at the same virtual moment is the same token, and still verifies.</summary>
public sealed class ReproducibleLinksTests
{
    private static readonly byte[] Key = System.Security.Cryptography.SHA256.HashData("test key"u8);
    private static readonly Uri Base = new("http://127.0.0.1:7071");
    private static readonly DateTimeOffset Now = new(2026, 11, 6, 14, 0, 0, TimeSpan.Zero);
    private static readonly ActionLink Link = new("meeting:profijt:directieberaad", "occurrence-decision", "cancel", "coordinator-hilde", Now.AddDays(11), "2026-11-17");

    [Fact]
    public void The_same_link_at_the_same_moment_is_the_same_token_and_verifies()
    {
        var first = ActionLinks.Reproducible(Key, new FakeTimeProvider(Now), Base);
        var second = ActionLinks.Reproducible(Key, new FakeTimeProvider(Now), Base);

        string token = first.CreateToken(Link);

        Assert.Equal(token, second.CreateToken(Link));
        Assert.Equal(first.CreateAlternativeUrls([Link, Link with { Action = "hold" }]), second.CreateAlternativeUrls([Link, Link with { Action = "hold" }]));
        var verified = second.Verify(token);
        Assert.Equal(ActionLinkStatus.Valid, verified.Status);
        Assert.Equal(Link, verified.Link);
    }

    [Fact]
    public void Another_moment_another_person_or_a_real_hosts_links_give_other_tokens()
    {
        var clock = new FakeTimeProvider(Now);
        var links = ActionLinks.Reproducible(Key, clock, Base);
        string token = links.CreateToken(Link);

        Assert.NotEqual(token, links.CreateToken(Link with { RecipientId = "coordinator-wim" }));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEqual(token, links.CreateToken(Link));

        var host = new ActionLinks(Key, new FakeTimeProvider(Now), Base);
        Assert.NotEqual(host.CreateToken(Link), host.CreateToken(Link));
    }
}
