namespace Workflows.DevStorage;

internal readonly record struct ServicePorts(int Blob, int Queue, int Table)
{
    public override string ToString() => $"blob {Blob}, queue {Queue}, table {Table}";
}
