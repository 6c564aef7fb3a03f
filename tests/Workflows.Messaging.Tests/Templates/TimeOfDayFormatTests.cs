using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

public sealed class TimeOfDayFormatTests
{
    [Theory]
    [InlineData(17, 0, "maandag 15 februari 2027 om 17.00 uur", "Monday 15 February 2027 at 17:00")]
    [InlineData(9, 30, "maandag 15 februari 2027 om 9.30 uur", "Monday 15 February 2027 at 09:30")]
    [InlineData(-1, 0, "maandag 15 februari 2027", "Monday 15 February 2027")]
    public void A_deadline_is_written_with_its_time_in_Dutch_style(int hour, int minute, string dutch, string english)
    {
        LocalTime? time = hour < 0 ? null : new LocalTime(hour, minute);
        var date = new LocalDate(2027, 2, 15);

        Assert.Equal(dutch, TimeOfDayFormat.Deadline(date, time));
        Assert.Equal(english, TimeOfDayFormat.Deadline(date, time, MessageLanguage.English));
    }

    [Fact]
    public void Hours_in_running_text_and_in_a_list()
    {
        var start = Samples.At(2027, 3, 9, 15);
        var end = Samples.At(2027, 3, 9, 17);

        Assert.Equal("dinsdag 9 maart 2027 van 15.00 tot 17.00 uur", TimeOfDayFormat.Span(start, end));
        Assert.Equal("dinsdag 9 maart 2027, 15.00–17.00 uur", TimeOfDayFormat.Span(start, end, list: true));
        Assert.Equal("Tuesday 9 March 2027 from 15:00 to 17:00", TimeOfDayFormat.Span(start, end, MessageLanguage.English));
    }

    [Theory]
    [InlineData(new[] { "Hilde Voskamp", "Wim Heijink" }, "Met vriendelijke groet,\nHilde Voskamp en Wim Heijink\ncoördinatoren Profijt")]
    [InlineData(new[] { "Hilde Voskamp" }, "Met vriendelijke groet,\nHilde Voskamp\ncoördinator Profijt")]
    [InlineData(new[] { "Anna Bos", "Hilde Voskamp", "Wim Heijink" }, "Met vriendelijke groet,\nAnna Bos, Hilde Voskamp en Wim Heijink\ncoördinatoren Profijt")]
    [InlineData(new string[0], "Met vriendelijke groet,\nProfijt")]
    public void The_coordinators_sign_by_name(string[] names, string expected)
    {
        Assert.Equal(expected, MessageSignature.SignOff(names, "Profijt"));
    }

    [Fact]
    public void Coordinators_are_greeted_by_first_name()
    {
        Assert.Equal("Beste Hilde en Wim,", MessageSignature.GreetingByFirstName(["Hilde Voskamp", "Wim Heijink"]));
        Assert.Equal("Dear Hilde and Wim,", MessageSignature.GreetingByFirstName(["Hilde Voskamp", "Wim Heijink"], MessageLanguage.English));
    }

    [Theory]
    [InlineData("Provincie Gelderland", "de provincie Gelderland")]
    [InlineData("Gemeente Doetinchem", "de gemeente Doetinchem")]
    [InlineData("Ministerie van OCW", "het ministerie van OCW")]
    [InlineData("DUS-I", "DUS-I")]
    public void The_funder_takes_its_article(string funder, string expected)
    {
        Assert.Equal(expected, SubsidyWording.Funder(funder));
    }
}
