namespace Workflows.Messaging.Templates;

/// <summary>The two answers a director can click, already signed by the caller for this recipient.</summary>
/// <param name="Apply">"We vragen aan" — the school applies.</param>
/// <param name="NotForUs">"Niet voor ons" — the school does not.</param>
public sealed record SubsidyActionLinks(Uri Apply, Uri NotForUs);
