using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Api.Config;

public enum ConfigReplaceStatus
{
    /// <summary>Stored; it is now the current configuration.</summary>
    Replaced,

    /// <summary>The text has errors; nothing was stored.</summary>
    Invalid,

    /// <summary>Another replace won the race; nothing was stored by this one.</summary>
    Conflict,
}

/// <summary>What <see cref="IPartnershipConfigStore.ReplaceAsync"/> did.</summary>
/// <param name="ListenerFailures">How many change listeners threw (logged); the configuration is stored regardless.</param>
public sealed record ConfigReplaceResult(ConfigReplaceStatus Status, StoredPartnershipConfig? Stored, IReadOnlyList<ConfigError> Errors, int ListenerFailures = 0);
