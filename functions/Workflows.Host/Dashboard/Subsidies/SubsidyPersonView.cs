namespace Workflows.Host.Dashboard.Subsidies;

/// <summary>A recipient: person id (for the DOM), name and organization.</summary>
internal sealed record SubsidyPersonView(string Id, string Name, string Organization);
