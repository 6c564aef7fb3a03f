namespace Workflows.Durable;

/// <summary>The name of an orchestrator or activity, compared ordinally and case-insensitively as in Durable Task.</summary>
public readonly record struct TaskName(string Name)
{
    public static implicit operator TaskName(string name) => new(name);

    public static TaskName FromString(string name) => new(name);

    public bool Equals(TaskName other) => string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name ?? string.Empty);

    public override string ToString() => Name;
}
