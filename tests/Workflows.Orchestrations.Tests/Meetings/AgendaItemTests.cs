using NodaTime;
using Workflows.Messaging;
using Workflows.Orchestrations.Meetings;
using Workflows.Orchestrations.Subsidies;
using Workflows.Orchestrations.Tests.Support;
using Workflows.Testing;

namespace Workflows.Orchestrations.Tests.Meetings;

/// <summary>
/// Agenda items through the meeting cycle on the virtual clock: proposed after the chair was asked, accepted or held
/// over by a coordinator, and the invitation's agenda (the DESCRIPTION of its <c>.ics</c>) carrying the accepted ones
/// with the items the platform fills in itself.
/// </summary>
[Collection("azurite")]
public sealed class AgendaItemTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = TestPartnership.At(2026, 9, 9, 8);
    private static readonly LocalDate October = new(2026, 10, 13);

    [Fact]
    public async Task An_accepted_item_goes_out_with_the_invitation_and_a_held_one_does_not()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        var config = TestPartnership.Config();
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, config, world.Clock);
        await SubsidyRoundReconciler.ReconcileAsync(world.Client, null, config, world.Clock);

        // The chair is asked on 15 September; the proposals come the day after, before the invitation goes out.
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 16, 10));
        var services = world.Services.Meetings;
        var at = world.Clock.GetUtcNow();
        var (accepted, created) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "xena", "Xena Xander", "Doorstroom techniek naar niveau 2", "Cijfers van dit schooljaar", at), world.Token);
        Assert.True(created);
        var (again, twice) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "xena", "Xena Xander", "  doorstroom techniek  naar niveau 2 ", null, at.AddMinutes(5)), world.Token);
        Assert.False(twice);
        Assert.Equal(accepted.Key, again.Key);
        var (held, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "anna", "Anna Akkermans", "Open dag in maart", null, at), world.Token);
        Assert.NotNull(await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, accepted.Key, AgendaItemStates.Accepted, "coco", world.Token));
        Assert.NotNull(await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, held.Key, AgendaItemStates.Held, "coco", world.Token));
        Assert.Null(await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, "0000000000000000", AgendaItemStates.Accepted, "coco", world.Token));

        await world.RunUntilAsync(TestPartnership.At(2026, 9, 24, 10));

        // One proposal event per item, however often it was proposed.
        var proposed = (await world.TimelineAsync()).Where(e => e.Kind == MeetingEvents.AgendaItemProposed).ToList();
        Assert.Equal(["Doorstroom techniek naar niveau 2", "Open dag in maart"], proposed.Select(e => e.Reason).Order(StringComparer.Ordinal));
        Assert.All(proposed, e => Assert.Equal("2026-10-13", e.Date));

        string description = await InvitationDescriptionAsync(world, "2026-10-13");
        Assert.Contains("Doorstroom techniek naar niveau 2 (Xena Xander): Cijfers van dit schooljaar", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Open dag in maart", description, StringComparison.Ordinal);
        Assert.Contains("Nieuws binnen Proefnetwerk", description, StringComparison.Ordinal);
        Assert.Contains("Lopende subsidierondes: ‘Techniekroutes 2027’ van de provincie Gelderland, aanvragen uiterlijk maandag 15 maart 2027", description, StringComparison.Ordinal);

        // No action item is open: the agenda says nothing about them rather than "none open".
        Assert.DoesNotContain("Actiepunten", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_accepted_after_the_invitation_goes_out_with_the_agenda_update_five_working_days_ahead()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);

        // Invited on 22 September; the item comes in on the 24th and is accepted at once.
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 24, 10));
        var services = world.Services.Meetings;
        var (item, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "bart", "Bart Bosman", "Stageplaatsen techniek", null, world.Clock.GetUtcNow()), world.Token);
        await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, item.Key, AgendaItemStates.Accepted, "coco", world.Token);
        await world.DrainAsync();
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 13, 12));

        Assert.DoesNotContain("Stageplaatsen techniek", await InvitationDescriptionAsync(world, "2026-10-13"), StringComparison.Ordinal);
        var update = Assert.Single(await world.TimelineAsync(), e => e.Kind == MeetingEvents.Updated && e.Start == TestPartnership.At(2026, 10, 13, 15));
        Assert.Equal("agenda en stukken: de agenda is aangevuld", update.Reason);

        // Five working days before Tuesday 13 October (no holiday between): Tuesday 6 October, at the meeting's hour.
        Assert.Equal(TestPartnership.At(2026, 10, 6, 15), update.At);
        Assert.Contains("Stageplaatsen techniek (Bart Bosman)", await DescriptionAsync(world, "2026-10-13", MeetingEvents.Updated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepted_items_reworded_and_reordered_after_the_invitation_go_out_with_the_agenda_update_in_their_new_wording_and_order()
    {
        await using var world = await VirtualWorld.StartAsync(azurite, Start, new ScriptedResponses(ResponseStatus.Accepted));
        await MeetingCycleReconciler.ReconcileAsync(world.Client, null, TestPartnership.Config(), world.Clock);

        // Two items accepted before the invitation (22 September): it carries them in the order proposed.
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 16, 10));
        var services = world.Services.Meetings;
        var at = world.Clock.GetUtcNow();
        var (first, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "xena", "Xena Xander", "Doorstroom techniek", null, at), world.Token);
        var (second, _) = await MeetingAgendaCommands.ProposeAsync(services.Agenda, services.Timeline, new AgendaProposal(TestPartnership.Id, "beraad", October, "anna", "Anna Akkermans", "Open dag in maart", null, at.AddMinutes(1)), world.Token);
        await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, first.Key, AgendaItemStates.Accepted, "coco", world.Token);
        await MeetingAgendaCommands.DecideAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, second.Key, AgendaItemStates.Accepted, "coco", world.Token);
        await world.RunUntilAsync(TestPartnership.At(2026, 9, 24, 10));
        string invitation = await InvitationDescriptionAsync(world, "2026-10-13");
        Assert.True(invitation.IndexOf("Doorstroom techniek (Xena Xander)", StringComparison.Ordinal) < invitation.IndexOf("Open dag in maart (Anna Akkermans)", StringComparison.Ordinal), invitation);

        // After it: the second moves up, the first is reworded (same key).
        var moved = await MeetingAgendaCommands.MoveAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, second.Key, 0, world.Token);
        Assert.Equal([second.Key, first.Key], moved!.Select(i => i.Key));
        var edited = await MeetingAgendaCommands.EditAsync(services.Agenda, world.Client, TestPartnership.Id, "beraad", October, first.Key, "Doorstroom techniek niveau 2", "Cijfers van dit jaar", world.Token);
        Assert.Equal(first.Key, edited!.Key);
        await world.DrainAsync();
        await world.RunUntilAsync(TestPartnership.At(2026, 10, 13, 12));

        var update = Assert.Single(await world.TimelineAsync(), e => e.Kind == MeetingEvents.Updated && e.Start == TestPartnership.At(2026, 10, 13, 15));
        Assert.Equal(TestPartnership.At(2026, 10, 6, 15), update.At);
        string updated = await DescriptionAsync(world, "2026-10-13", MeetingEvents.Updated);
        int open = updated.IndexOf("Open dag in maart (Anna Akkermans)", StringComparison.Ordinal);
        int reworded = updated.IndexOf("Doorstroom techniek niveau 2 (Xena Xander): Cijfers van dit jaar", StringComparison.Ordinal);
        Assert.True(open >= 0 && reworded > open, updated);
    }

    /// <summary>The DESCRIPTION of the first invitation of one occurrence, unfolded and unescaped (RFC 5545).</summary>
    private static Task<string> InvitationDescriptionAsync(VirtualWorld world, string date) => DescriptionAsync(world, date, MeetingEvents.Invited);

    private static Task<string> DescriptionAsync(VirtualWorld world, string date, string kind) => OutboxDescriptions.OfAsync(world, date, kind);
}
