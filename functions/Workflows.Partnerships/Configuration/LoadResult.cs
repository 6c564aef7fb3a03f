using System.Diagnostics.CodeAnalysis;

namespace Workflows.Partnerships.Configuration;

/// <summary>The outcome of loading: either a configuration and no errors, or no configuration and every error found.</summary>
public sealed record LoadResult(PartnershipConfig? Config, IReadOnlyList<ConfigError> Errors)
{
    [MemberNotNullWhen(true, nameof(Config))]
    public bool IsValid => Config is not null;
}
