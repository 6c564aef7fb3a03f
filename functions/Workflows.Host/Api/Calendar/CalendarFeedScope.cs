namespace Workflows.Host.Api.Calendar;

/// <summary>What a calendar feed covers: one series, or every series a person is invited to.</summary>
internal enum CalendarFeedScope
{
    Series,
    Person,
}
