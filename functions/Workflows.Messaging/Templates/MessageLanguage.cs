namespace Workflows.Messaging.Templates;

/// <summary>The language a message is written in; Dutch unless the partnership chose English (<c>nl</c>, <c>en</c>).</summary>
public enum MessageLanguage
{
    Dutch,
    English,
}
