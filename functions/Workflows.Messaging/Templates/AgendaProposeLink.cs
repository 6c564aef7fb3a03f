using NodaTime;

namespace Workflows.Messaging.Templates;

/// <summary>
/// The chair's signed link to propose agenda items (a small form), usable once until <paramref name="Until"/>: when
/// the invitation goes out.
/// </summary>
public sealed record AgendaProposeLink(Uri Url, ZonedDateTime Until);
