using Azure.Data.Tables;

namespace Workflows.Messaging.Outbox;

/// <summary>Where the outbox writes: the files into <paramref name="OutputDirectory"/>, the records into one table.</summary>
/// <param name="OutputDirectory">Created when missing; every message becomes one <c>.ics</c> or <c>.eml</c> file here.</param>
/// <param name="Tables">The storage account (Azurite locally) holding the records and each event's latest state.</param>
/// <param name="TableName">Created when missing; letters and digits only (Table Storage rule).</param>
public sealed record OutboxOptions(string OutputDirectory, TableServiceClient Tables, string TableName = OutboxOptions.DefaultTableName)
{
    public const string DefaultTableName = "MessagingOutbox";
}
