using Workflows.Partnerships.Configuration;

namespace Workflows.Host.Hosting;

/// <summary>The partnership configuration the app runs with: the file given to <c>serve</c>, or none yet.</summary>
internal interface IPartnershipConfigSource
{
    PartnershipConfig? Current { get; }

    /// <summary>Where <see cref="Current"/> was read from, for messages; null when nothing is loaded.</summary>
    string? SourcePath { get; }
}
