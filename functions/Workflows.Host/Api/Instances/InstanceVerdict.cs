namespace Workflows.Host.Api.Instances;

/// <summary>Whether an operation may go ahead, and if not why (each maps to one HTTP status).</summary>
internal enum InstanceVerdict
{
    /// <summary>It may (202, or 200 for a purge).</summary>
    Allowed,

    /// <summary>Not an id the engine accepts (400).</summary>
    InvalidId,

    /// <summary>No such instance (404).</summary>
    Unknown,

    /// <summary>The instance has finished, so it takes no more events or commands (410).</summary>
    Finished,

    /// <summary>Suspend of an instance that is suspended already (409).</summary>
    AlreadySuspended,

    /// <summary>Resume of an instance that is not suspended (409).</summary>
    NotSuspended,

    /// <summary>Purge of an instance that has not finished (409).</summary>
    NotFinished,

    /// <summary>The engine refused (a state change in between, or messages still to send) (409).</summary>
    Refused,
}
