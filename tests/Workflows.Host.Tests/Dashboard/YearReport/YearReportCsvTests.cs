using Workflows.Host.Dashboard.YearReport;

namespace Workflows.Host.Tests.Dashboard.YearReport;

/// <summary>The CSV's fields: what Excel would split or run as a formula stays one text.</summary>
public sealed class YearReportCsvTests
{
    [Theory]
    [InlineData("Herfstvakantie", "Herfstvakantie")]
    [InlineData("", "")]
    [InlineData("te weinig; mbo ontbrak", "\"te weinig; mbo ontbrak\"")]
    [InlineData("de \"studiereis\"", "\"de \"\"studiereis\"\"\"")]
    [InlineData("regel 1\nregel 2", "\"regel 1\nregel 2\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+31 6", "'+31 6")]
    [InlineData("-1", "'-1")]
    [InlineData("@bestuur", "'@bestuur")]
    public void A_field_is_quoted_where_needed_and_never_a_formula(string value, string written)
        => Assert.Equal(written, YearReportCsv.Field(value));
}
