using System.Text.Json;

namespace Workflows.Host.Tests;

public sealed class OccurrencesCommandTests
{
    [Fact]
    public async Task Directieberaad_school_year_2026_27_has_local_times_with_offsets_and_the_summer_move_named()
    {
        var (exit, output, _) = await CliRun.InProcessAsync(
            "occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2026-08-01", "--to", "2027-07-31", "--json");

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0, exit);
        Assert.Equal("directieberaad", root.GetProperty("series").GetString());
        Assert.Equal(
            [
                "2026-09-15T15:00:00+02:00",
                "2026-11-17T15:00:00+01:00",
                "2027-01-19T15:00:00+01:00",
                "2027-03-16T15:00:00+01:00",
                "2027-05-18T15:00:00+02:00",
                "2027-07-13T15:00:00+02:00",
            ],
            root.GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("start").GetString()));
        Assert.All(root.GetProperty("occurrences").EnumerateArray(), o => Assert.EndsWith("T17:00:00" + o.GetProperty("start").GetString()![^6..], o.GetProperty("end").GetString(), StringComparison.Ordinal));
        // The sample's directieberaad has holidays: previous-week (issue 16): the July meeting, in the zomervakantie,
        // is held the week before instead of skipped.
        var moved = Assert.Single(root.GetProperty("moved").EnumerateArray());
        Assert.Equal("2027-07-20", moved.GetProperty("from").GetString());
        Assert.Equal("2027-07-13", moved.GetProperty("to").GetString());
        Assert.Equal("zomervakantie", moved.GetProperty("reason").GetString());
        Assert.Empty(root.GetProperty("skipped").EnumerateArray());
        Assert.Contains("\"start\": \"2026-09-15T15:00:00+02:00\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_is_English_for_a_Dutch_partnership_with_the_move_reason_as_named()
    {
        var (exit, output, _) = await CliRun.InProcessAsync(
            "occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2026-08-01", "--to", "2027-07-31");

        Assert.Equal(0, exit);
        Assert.Contains("(directieberaad), 2026-08-01 to 2027-07-31: 6 meetings", output, StringComparison.Ordinal);
        Assert.Contains("Tuesday 17 November 2026, 15:00–17:00 (+01:00); invitation ", output, StringComparison.Ordinal);
        Assert.Contains("Moved:\n  Tuesday 20 July 2027 to Tuesday 13 July 2027: zomervakantie", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var one = await CliRun.InProcessAsync(
            "occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2026-11-01", "--to", "2026-11-30");
        Assert.Contains("(directieberaad), 2026-11-01 to 2026-11-30: 1 meeting\n", one.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_week_policy_reports_a_moved_meeting_with_the_holiday()
    {
        var (exit, output, _) = await CliRun.InProcessAsync(
            "occurrences", CliRun.Sample("element.yaml"), "--series", "routeoverleg", "--from", "2027-08-01", "--to", "2028-07-31", "--json");

        // Until issue 16 Bevrijdingsdag 2027 moved the May meeting; schools are open on it outside lustrum years, so
        // the example is now Wednesday 5 January 2028 in the kerstvakantie (25 Dec - 9 Jan), held on the 12th.
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        var moved = Assert.Single(json.RootElement.GetProperty("moved").EnumerateArray(), m => m.GetProperty("from").GetString() == "2028-01-05");
        Assert.Equal("2028-01-12", moved.GetProperty("to").GetString());
        Assert.Equal("kerstvakantie", moved.GetProperty("reason").GetString());
        Assert.Contains(json.RootElement.GetProperty("occurrences").EnumerateArray(), o => o.GetProperty("start").GetString() == "2028-01-12T15:00:00+01:00");
    }

    [Fact]
    public async Task With_json_an_invalid_file_writes_its_errors_to_stderr_and_nothing_to_stdout()
    {
        var (exit, output, error) = await CliRun.InProcessAsync(
            "occurrences", CliRun.Config("ten-mistakes.yaml"), "--series", "beraad", "--from", "2026-08-01", "--to", "2027-07-31", "--json", "--today", "2026-11-23");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(10, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Missing_options_and_a_malformed_today_are_wrong_input_too()
    {
        var missing = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--from", "2026-08-01", "--to", "2027-07-31");
        var today = await CliRun.InProcessAsync("validate", CliRun.Sample("profijt.yaml"), "--today", "2027-3-2");

        Assert.Equal(2, missing.Exit);
        Assert.Contains("--series", missing.Err, StringComparison.Ordinal);
        Assert.Equal(2, today.Exit);
        Assert.Contains("--today must be a date", today.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_past_the_built_in_holidays_says_so_on_stderr()
    {
        var past = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2029-08-01", "--to", "2029-12-31", "--json");
        var within = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "2028-08-01", "--to", "2029-07-31", "--json");

        Assert.Equal(0, past.Exit);
        Assert.Contains("Note: school holidays are built in up to 2029-08-31", past.Err, StringComparison.Ordinal);
        Assert.Empty(within.Err);
    }

    [Fact]
    public async Task Unknown_series_and_bad_dates_exit_2_with_a_clear_message()
    {
        var unknown = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--series", "bestuur", "--from", "2026-08-01", "--to", "2027-07-31");
        var badDate = await CliRun.InProcessAsync("occurrences", CliRun.Sample("profijt.yaml"), "--series", "directieberaad", "--from", "1-8-2026", "--to", "2027-07-31");

        Assert.Equal(2, unknown.Exit);
        Assert.Contains("No meeting series 'bestuur'", unknown.Err, StringComparison.Ordinal);
        Assert.Contains("directieberaad", unknown.Err, StringComparison.Ordinal);
        Assert.Equal(2, badDate.Exit);
    }
}
