using Workflows.Messaging.Outbox;

namespace Workflows.Messaging.Tests.Outbox;

public sealed class OutboxFileNamesTests
{
    [Theory]
    [InlineData("meeting-2026.10.13_invite", "meeting-2026.10.13_invite")]
    [InlineData("inst/42:7", "inst%2F42%3A7")]
    [InlineData("a%2Fb", "a%252Fb")]
    [InlineData("..", "..")]
    [InlineData("vergadering één", "vergadering%20%C3%A9%C3%A9n")]
    public void Stem_EscapesEverythingOutsideSafeSet(string key, string expected) =>
        Assert.Equal(expected, OutboxFileNames.Stem(key));

    [Fact]
    public void Stem_IsInjectiveOnLookalikes()
    {
        string[] keys = ["a/b", "a%2Fb", "a:b", "a b", "A/b", "a\\b", new string('x', 300), new string('x', 301)];

        var stems = keys.Select(OutboxFileNames.Stem).ToList();

        Assert.Equal(keys.Length, stems.Distinct(StringComparer.Ordinal).Count());
        Assert.All(stems, s => Assert.Matches("^[A-Za-z0-9._%~-]+$", s));
    }

    [Fact]
    public void Stem_LongKey_FitsAFileNameAndIsStable()
    {
        var key = string.Concat(Enumerable.Repeat("orchestration/instance:", 20));

        var stem = OutboxFileNames.Stem(key);

        Assert.True(stem.Length < 200, stem);
        Assert.Equal(stem, OutboxFileNames.Stem(key));
        Assert.Contains('~', stem);
    }
}
