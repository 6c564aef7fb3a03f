namespace Workflows.Host.Api.Reviews;

/// <summary>How an outcome request ended; the API maps it to 202, 400, 404 or 409.</summary>
internal enum ReviewOutcomeStatus
{
    Ready,
    Invalid,
    NotFound,
    Conflict,
}
