namespace Workflows.Durable;

/// <summary>Instance ids become table partition keys, so they must be what a partition key may be.</summary>
internal static class InstanceIds
{
    private const int MaxLength = 400;

    public static void Validate(string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (instanceId.Length > MaxLength || instanceId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"Instance id '{instanceId}' is not usable: at most {MaxLength} characters, without '/', '\\\\', '#', '?' or control characters.",
                nameof(instanceId));
        }
    }
}
