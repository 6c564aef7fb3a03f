namespace Workflows.Partnerships.Calendar;

/// <summary>The three Dutch school-holiday regions of the Rijksoverheid.</summary>
public enum SchoolRegion
{
    Noord,
    Midden,
    Zuid,
}
