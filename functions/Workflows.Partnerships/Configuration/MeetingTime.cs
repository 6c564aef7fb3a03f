using System.Globalization;
using NodaTime;

namespace Workflows.Partnerships.Configuration;

/// <summary>The local wall-clock time a meeting runs, written <c>15:00-17:00</c>; End is after Start on the same day.</summary>
public sealed record MeetingTime(LocalTime Start, LocalTime End)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Start:HH:mm}-{End:HH:mm}");
}
