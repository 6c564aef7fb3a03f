using NodaTime;
using Workflows.Messaging.Templates;

namespace Workflows.Messaging.Tests.Templates;

/// <summary>The notice of a failed workflow step: what did not happen, that the rest goes on, the short reason.</summary>
public sealed class StepFailedTemplateTests
{
    private static readonly StepFailedModel Model = new(
        "Profijt",
        "de vergaderreeks Directieberaad",
        "de uitnodiging versturen",
        new LocalDate(2026, 10, 13),
        "Mailbox unavailable (503) <b>");

    [Fact]
    public void The_Dutch_notice_names_the_step_and_date_and_says_the_rest_goes_on()
    {
        var nl = MessageTemplates.StepFailed(Model);

        Assert.Equal("Niet gelukt bij de vergaderreeks Directieberaad: de uitnodiging versturen", nl.Subject);
        Assert.Equal(
            "Beste coördinatoren,\n\n"
            + "Bij de vergaderreeks Directieberaad is een stap niet gelukt, ook niet na een paar nieuwe pogingen. "
            + "Dit gebeurt niet meer automatisch; wilt u het zo nodig zelf doen? De rest loopt gewoon door: de volgende stappen en datums blijven zoals gepland.\n\n"
            + "Stap: de uitnodiging versturen\nDatum bijeenkomst: dinsdag 13 oktober 2026\nTechnische melding: Mailbox unavailable (503) <b>\n\n"
            + "Met vriendelijke groet,\nProfijt\n",
            nl.Body.Text);
        Assert.Contains("Mailbox unavailable (503) &lt;b&gt;", nl.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_English_notice_leaves_out_a_date_it_does_not_have()
    {
        var en = MessageTemplates.StepFailed(Model with { Workflow = "the subsidy round Techniek", Step = "sending the reminder", Date = null }, MessageLanguage.English);

        Assert.Equal("Step failed in the subsidy round Techniek: sending the reminder", en.Subject);
        Assert.Contains("Everything else carries on", en.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meeting date:", en.Body.Text, StringComparison.Ordinal);
    }
}
