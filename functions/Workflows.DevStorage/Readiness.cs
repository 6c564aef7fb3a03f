namespace Workflows.DevStorage;

internal enum Readiness
{
    Ready,
    Exited,
    TimedOut,
}
