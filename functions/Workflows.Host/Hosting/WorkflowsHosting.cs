namespace Workflows.Host.Hosting;

/// <summary>
/// How this process is hosted, registered in DI for the layers that behave differently per mode (the API checks
/// its own key only when <see cref="Mode"/> is <see cref="HostingMode.Standalone"/>; under the Functions host the
/// host has checked the Functions key before forwarding).
/// </summary>
internal sealed record WorkflowsHosting(HostingMode Mode, string TaskHub);
