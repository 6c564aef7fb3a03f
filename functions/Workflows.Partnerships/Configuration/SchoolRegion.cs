namespace Workflows.Partnerships.Configuration;

/// <summary>The Dutch school-holiday region (<c>noord</c>, <c>midden</c>, <c>zuid</c>).</summary>
public enum SchoolRegion
{
    Noord,
    Midden,
    Zuid,
}
