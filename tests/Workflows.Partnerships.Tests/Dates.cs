using NodaTime;
using NodaTime.Text;

namespace Workflows.Partnerships.Tests;

internal static class Dates
{
    public static LocalDate Parse(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
