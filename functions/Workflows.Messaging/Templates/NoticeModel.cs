namespace Workflows.Messaging.Templates;

/// <summary>
/// A short notice (a school applies, a round closed, a talk moved, an outcome still missing): greeting, paragraphs,
/// lists under a heading, sign-off. A list without items is left out, heading and all ("Niet voor ons: -" said nothing).
/// </summary>
public sealed record NoticeModel(
    string Subject,
    string Greeting,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<NoticeList> Lists,
    string SignOff);

/// <summary>One list of a notice: its heading and its items.</summary>
public sealed record NoticeList(string Heading, IReadOnlyList<string> Items);
