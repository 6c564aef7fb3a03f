using Azure.Data.Tables;

namespace Workflows.Durable.Storage;

/// <summary>
/// Long strings across several table properties: a string property holds at most 64 KiB (32K UTF-16 chars),
/// while an entity may hold 1 MiB.
/// </summary>
internal static class PropertyChunks
{
    public const int ChunkChars = 30_000;

    /// <summary>What one entity can carry in chunks, leaving room for the other properties.</summary>
    public const int MaxCharsPerEntity = 15 * ChunkChars;

    public static void Set(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxCharsPerEntity)
        {
            throw new InvalidOperationException($"Property '{name}' of {value.Length} characters exceeds one entity; it should have been offloaded to a blob.");
        }

        entity[name] = value.Length <= ChunkChars ? value : value[..ChunkChars];
        for (int part = 1; part * ChunkChars < value.Length; part++)
        {
            int start = part * ChunkChars;
            entity[$"{name}_{part}"] = value.Substring(start, Math.Min(ChunkChars, value.Length - start));
        }
    }

    public static string? Get(TableEntity entity, string name)
    {
        if (!entity.TryGetValue(name, out object? first) || first is not string head)
        {
            return null;
        }

        if (!entity.ContainsKey($"{name}_1"))
        {
            return head;
        }

        var builder = new System.Text.StringBuilder(head);
        for (int part = 1; entity.TryGetValue($"{name}_{part}", out object? next) && next is string text; part++)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}
