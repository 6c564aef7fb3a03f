namespace Workflows.Messaging.Tests.Graph;

/// <summary>An answer the fake server gives instead of the real one, <see cref="Times"/> times, to requests matching.</summary>
/// <param name="PathEndsWith">Matched against the decoded path, e.g. <c>/events</c> or <c>/sendMail</c>.</param>
internal sealed record FakeFault(string Method, string PathEndsWith, int Status, string Code, string? RetryAfter = null)
{
    public int Times { get; set; } = 1;

    /// <summary>Graph's <c>error.message</c>.</summary>
    public string Message { get; init; } = "Injected by the fake Graph server.";
}
