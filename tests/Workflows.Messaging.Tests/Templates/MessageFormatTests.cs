using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

public sealed class MessageFormatTests
{
    [Fact]
    public void Span_DutchAndEnglish()
    {
        var start = Samples.At(2026, 10, 13, 15);
        var end = Samples.At(2026, 10, 13, 17);

        Assert.Equal("dinsdag 13 oktober 2026, 15:00–17:00", MessageFormat.Span(start, end));
        Assert.Equal("Tuesday 13 October 2026, 15:00–17:00", MessageFormat.Span(start, end, MessageLanguage.English));
    }

    [Fact]
    public void Span_FromInstants_UsesAmsterdamWallClockAcrossDst()
    {
        // 13:00Z is 15:00 in summer (+02:00); 14:00Z is 15:00 in winter (+01:00).
        var summer = new DateTimeOffset(2026, 10, 13, 13, 0, 0, TimeSpan.Zero);
        var winter = new DateTimeOffset(2026, 11, 17, 14, 0, 0, TimeSpan.Zero);

        Assert.Equal("dinsdag 13 oktober 2026, 15:00–17:00", MessageFormat.Span(summer, summer.AddHours(2)));
        Assert.Equal("dinsdag 17 november 2026, 15:00–16:30", MessageFormat.Span(winter, winter.AddMinutes(90)));
    }

    [Fact]
    public void Span_OverMidnight_WritesBothDates()
    {
        Assert.Equal(
            "vrijdag 2 oktober 2026, 22:00 – zaterdag 3 oktober 2026, 01:00",
            MessageFormat.Span(Samples.At(2026, 10, 2, 22), Samples.At(2026, 10, 3, 1)));
    }

    [Fact]
    public void When_RunningText_DutchTimesWithPointAndUur()
    {
        var start = Samples.At(2026, 11, 17, 15);

        Assert.Equal("dinsdag 17 november 2026 van 15.00 tot 17.00 uur", MessageFormat.When(start, start.PlusHours(2)));
        Assert.Equal("dinsdag 17 november 2026 van 15.00 tot 16.30 uur", MessageFormat.When(start, start.PlusMinutes(90)));
        Assert.Equal("Tuesday 17 November 2026 from 15:00 to 17:00", MessageFormat.When(start, start.PlusHours(2), MessageLanguage.English));
        Assert.Equal(
            "van vrijdag 2 oktober 2026 22.00 uur tot zaterdag 3 oktober 2026 01.00 uur",
            MessageFormat.When(Samples.At(2026, 10, 2, 22), Samples.At(2026, 10, 3, 1)));
    }

    [Fact]
    public void Slot_InAList()
    {
        var start = Samples.At(2026, 11, 17, 15);

        Assert.Equal("dinsdag 17 november 2026, 15.00–17.00 uur", MessageFormat.Slot(start, start.PlusHours(2)));
        Assert.Equal("Tuesday 17 November 2026, 15:00–17:00", MessageFormat.Slot(start, start.PlusHours(2), MessageLanguage.English));
        Assert.Equal("09.05", MessageFormat.Clock(new LocalTime(9, 5)));
    }

    [Fact]
    public void MoneyAndNumbers_FollowTheLanguage()
    {
        Assert.Equal("€ 1.234,50", MessageFormat.Money(1234.5m).Replace('\u00A0', ' '));
        Assert.Equal("€1,234.50", MessageFormat.Money(1234.5m, MessageLanguage.English));
        Assert.Equal("12,5", MessageFormat.Number(12.5m));
        Assert.Equal("120", MessageFormat.Number(120m, MessageLanguage.English));
        Assert.Equal("maandag 1 maart 2027", MessageFormat.Date(new LocalDate(2027, 3, 1)));
    }

    [Theory]
    [InlineData("nl", MessageLanguage.Dutch)]
    [InlineData("EN", MessageLanguage.English)]
    public void Codes_RoundTrip(string code, MessageLanguage language)
    {
        Assert.Equal(language, MessageLanguages.FromCode(code));
        Assert.Equal(code.ToLowerInvariant(), language.Code());
    }

    [Fact]
    public void UnknownCode_IsAClearError() =>
        Assert.Contains("nl or en", Assert.Throws<ArgumentException>(() => MessageLanguages.FromCode("de")).Message, StringComparison.Ordinal);
}
