using NodaTime;
using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Config;

/// <summary>A stored configuration: the parsed model, the text as uploaded, and which version it is.</summary>
/// <param name="Version">Changes with every replace (the blob's ETag).</param>
/// <param name="ValidatedOn">The day (Europe/Amsterdam) it was accepted; reloads judge past dates against it.</param>
public sealed record StoredPartnershipConfig(PartnershipConfig Config, string Yaml, string Version, DateTimeOffset StoredAt, LocalDate ValidatedOn);
