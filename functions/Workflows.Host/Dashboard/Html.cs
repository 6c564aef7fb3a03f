using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace Workflows.Host.Dashboard;

/// <summary>
/// A piece of HTML that is safe to write as it is. Pages are built only from these: <see cref="Html.Of"/> encodes
/// every interpolated value that is not itself <see cref="Html"/>, so a name or comment from the configuration or
/// a calendar answer can never become markup.
/// </summary>
internal sealed class Html
{
    public static readonly Html Empty = new(string.Empty);

    // Letters such as ö and é stay readable in the source; <, >, &, quotes and apostrophes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly string _value;

    private Html(string value) => _value = value;

    /// <summary>Markup with every hole encoded (attribute-safe: quotes are encoded too) unless the hole is <see cref="Html"/>.</summary>
    public static Html Of(ref Builder html) => new(html.ToStringAndClear());

    /// <summary>Text, encoded.</summary>
    public static Html Text(string? text) => new(Encoder.Encode(text ?? string.Empty));

    /// <summary>Markup known to be safe (constants of this assembly, never data).</summary>
    public static Html Raw(string markup) => new(markup);

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._value)));

    public static Html Join<T>(IEnumerable<T> items, Func<T, Html> render) => Join(items.Select(render));

    public override string ToString() => _value;

    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private readonly StringBuilder _builder;

        public Builder(int literalLength, int formattedCount)
        {
            _builder = new StringBuilder(literalLength + (formattedCount * 16));
        }

        public readonly void AppendLiteral(string value) => _builder.Append(value);

        public readonly void AppendFormatted(Html? value) => _builder.Append(value?._value);

        public readonly void AppendFormatted(string? value) => _builder.Append(Encoder.Encode(value ?? string.Empty));

        public readonly void AppendFormatted<T>(T value)
            => AppendFormatted(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

        public readonly void AppendFormatted<T>(T value, string? format)
            => AppendFormatted(value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

        internal readonly string ToStringAndClear()
        {
            string value = _builder.ToString();
            _builder.Clear();
            return value;
        }
    }
}
