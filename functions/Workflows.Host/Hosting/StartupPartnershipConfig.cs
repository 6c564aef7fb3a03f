using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Hosting;

/// <summary>The configuration loaded (and validated) at start; the API layer may register a replaceable store instead.</summary>
internal sealed record StartupPartnershipConfig(PartnershipConfig? Current, string? SourcePath) : IPartnershipConfigSource;
