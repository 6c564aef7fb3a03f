namespace Workflows.Host.Api.Instances;

/// <summary>What an operator can do to an instance, through the API or the dashboard's Operations tab.</summary>
internal enum InstanceOperation
{
    RaiseEvent,
    Terminate,
    Suspend,
    Resume,
    Purge,
}
