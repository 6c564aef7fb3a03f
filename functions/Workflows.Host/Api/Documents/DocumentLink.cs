namespace Workflows.Host.Api.Documents;

/// <summary>What a signed download link opens: one document of one occurrence, for one recipient, until <paramref name="ExpiresAt"/>.</summary>
/// <param name="RecipientId">The person id the link was made for (or <c>api</c>); never an e-mail address.</param>
internal sealed record DocumentLink(string SeriesId, string Date, string DocumentId, string RecipientId, DateTimeOffset ExpiresAt);
