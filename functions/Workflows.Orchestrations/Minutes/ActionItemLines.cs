using NodaTime.Text;
using Workflows.Messaging.Templates;

namespace Workflows.Orchestrations.Minutes;

/// <summary>An open action item on the next agenda: "Stageplaatsen techniek inventariseren (Carla Stortelder, uiterlijk vrijdag 15 januari 2027)".</summary>
internal static class ActionItemLines
{
    public static string Agenda(ActionItem item, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(item);
        string due = LocalDatePattern.Iso.Parse(item.Due) is { Success: true } d ? MessageFormat.Date(d.Value, language) : item.Due;
        return language == MessageLanguage.English
            ? $"{item.What} ({item.OwnerName}, due {due})"
            : $"{item.What} ({item.OwnerName}, uiterlijk {due})";
    }
}
