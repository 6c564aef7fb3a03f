namespace Workflows.Host.Tests.Fuzz;

/// <summary>A field of a dashboard form as the page shows it.</summary>
internal sealed record FormField(string Name, string Type, string Value, IReadOnlyList<string> Options);
