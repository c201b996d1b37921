using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading;
using System.Xml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>A configuration value read from an appsettings file, with the place it is written.</summary>
    internal sealed class ConfiguredValue
    {
        public ConfiguredValue(string key, string value, Location location)
            : this(key, value, location, contentStart: -1)
        {
        }

        internal ConfiguredValue(string key, string value, Location location, int contentStart)
        {
            Key = key;
            Value = value;
            Location = location;
            ContentStart = contentStart;
        }

        /// <summary>The configuration key, spelled as in the file: "Geo:BlockedCountries:0".</summary>
        public string Key { get; }

        public string Value { get; }

        /// <summary>The JSON token of the value (a string with its quotes), or the part of a split scalar.</summary>
        public Location Location { get; }

        /// <summary>Where the string's characters start in the text, when they are written without escapes; otherwise -1.</summary>
        internal int ContentStart { get; }

        public override string ToString() => Key + " = " + Value;
    }

    /// <summary>Why an appsettings file could not be read, and where.</summary>
    internal sealed class AppSettingsError
    {
        public AppSettingsError(string message, Location location)
        {
            Message = message;
            Location = location;
        }

        public string Message { get; }

        public Location Location { get; }

        public LinePositionSpan LineSpan => Location.GetLineSpan().Span;

        public override string ToString()
        {
            var start = LineSpan.Start;
            return "(" + (start.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (start.Character + 1).ToString(CultureInfo.InvariantCulture) + "): " + Message;
        }
    }

    /// <summary>
    /// One appsettings JSON file, flattened the way Microsoft.Extensions.Configuration.Json does it: sections
    /// joined with ':', array elements keyed by index ("Geo:BlockedCountries:0"), keys case-insensitive,
    /// numbers as written, booleans as "True"/"False", JSON null as no value. A file the runtime would reject
    /// (syntax, duplicate key, root not an object, nesting over 64) gets an <see cref="Error"/> and no values.
    /// </summary>
    /// <remarks>
    /// Values are read with <see cref="JsonReaderWriterFactory"/> (in the box on netstandard2.0; System.Text.Json
    /// is not safe in every compiler host). That reader has no positions, rejects comments, and lets through
    /// what System.Text.Json rejects (a second root, a stray '}', mismatched brackets, 01, NaN, empty input).
    /// So a pre-pass (<see cref="Prepass"/>) first checks the text against the grammar the ASP.NET Core
    /// provider accepts (JSON plus comments and trailing commas), reports the first error with its position,
    /// blanks comments and trailing commas, and records every value token in document order: the reader
    /// meets the same values in the same order, which gives each value its location.
    /// </remarks>
    internal sealed class AppSettingsDocument
    {
        /// <summary>The depth System.Text.Json allows by default, root included.</summary>
        public const int MaxDepth = 64;

        /// <summary>Larger files are not configuration; reading them would only cost memory.</summary>
        public const int MaxLength = 8 * 1024 * 1024;

        private static readonly char[] ListSeparators = { ',', ';' };

        private readonly SourceText? _text;
        private readonly ImmutableHashSet<string> _sections;
        private readonly ImmutableDictionary<string, ImmutableArray<ConfiguredValue>> _children;

        private AppSettingsDocument(
            string path,
            SourceText? text,
            ImmutableArray<ConfiguredValue> entries,
            ImmutableHashSet<string> sections,
            ImmutableDictionary<string, ImmutableArray<ConfiguredValue>> children,
            AppSettingsError? error)
        {
            Path = path;
            _text = text;
            Entries = entries;
            Values = entries.ToImmutableDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
            _sections = sections;
            _children = children;
            Error = error;
        }

        public string Path { get; }

        /// <summary>Every value in file order; empty when the file is malformed.</summary>
        public ImmutableArray<ConfiguredValue> Entries { get; }

        /// <summary>Values by configuration key, case-insensitive.</summary>
        public ImmutableDictionary<string, ConfiguredValue> Values { get; }

        public AppSettingsError? Error { get; }

        public bool IsMalformed => Error is not null;

        public bool TryGetValue(string key, out ConfiguredValue value) =>
            Values.TryGetValue(key, out value!);

        /// <summary>True when the file has the key as a section: an object or array, or a prefix of a key.</summary>
        public bool HasSection(string sectionPath) => _sections.Contains(sectionPath);

        /// <summary>
        /// The list a binder would see at <paramref name="sectionPath"/>: the scalar children in configuration key
        /// order (indexes numerically, before names), or a scalar split at ',' and ';'. Empty strings are dropped.
        /// Default when this file does not have the key.
        /// </summary>
        public ImmutableArray<ConfiguredValue> GetListValues(string sectionPath)
        {
            if (_children.TryGetValue(sectionPath, out var children))
            {
                return children;
            }

            if (Values.TryGetValue(sectionPath, out var scalar))
            {
                return Split(scalar);
            }

            return _sections.Contains(sectionPath) ? ImmutableArray<ConfiguredValue>.Empty : default;
        }

        /// <summary>For a file the compiler could not read: a malformed document, reported at the file.</summary>
        public static AppSettingsDocument Unreadable(string path) =>
            Failed(path, null, "The file could not be read.", Location.Create(path, default, default));

        /// <summary>Parses one file. Never throws, except <see cref="OperationCanceledException"/>.</summary>
        public static AppSettingsDocument Parse(SourceText text, string path, CancellationToken cancellationToken = default)
        {
            if (text.Length > MaxLength)
            {
                return Failed(path, text, "The file is larger than " + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters and is not read.", CreateLocation(path, text, new TextSpan(0, 0)));
            }

            var prepass = Prepass.Run(text, cancellationToken);
            if (prepass.ErrorMessage is not null)
            {
                return Failed(path, text, prepass.ErrorMessage, CreateLocation(path, text, prepass.ErrorSpan));
            }

            var builder = new Builder(path, text, prepass.Tokens);
            try
            {
                var bytes = Encoding.UTF8.GetBytes(prepass.Output);
                using (var reader = JsonReaderWriterFactory.CreateJsonReader(bytes, XmlDictionaryReaderQuotas.Max))
                {
                    builder.ReadRoot(reader);
                }
            }
            catch (ReadFailure failure)
            {
                return Failed(path, text, failure.Message, CreateLocation(path, text, failure.Span));
            }
            catch (Exception e) when (e is XmlException || e is SerializationException || e is FormatException || e is InvalidOperationException || e is ArgumentException)
            {
                // The pre-pass accepted the text, so this is a difference between the two readers: still no crash.
                return Failed(path, text, "The JSON reader could not read the file: " + e.Message, CreateLocation(path, text, builder.NextTokenSpan));
            }

            return builder.ToDocument();
        }

        private static AppSettingsDocument Failed(string path, SourceText? text, string message, Location location) =>
            new AppSettingsDocument(
                path,
                text,
                ImmutableArray<ConfiguredValue>.Empty,
                ImmutableHashSet<string>.Empty,
                ImmutableDictionary<string, ImmutableArray<ConfiguredValue>>.Empty,
                new AppSettingsError(message, location));

        private static Location CreateLocation(string path, SourceText text, TextSpan span) =>
            Location.Create(path, span, text.Lines.GetLinePositionSpan(span));

        private ImmutableArray<ConfiguredValue> Split(ConfiguredValue scalar)
        {
            var value = scalar.Value;
            if (value.IndexOfAny(ListSeparators) < 0)
            {
                var trimmed = value.Trim();
                return trimmed.Length == 0 ? ImmutableArray<ConfiguredValue>.Empty
                    : trimmed.Length == value.Length ? ImmutableArray.Create(scalar)
                    : ImmutableArray.Create(Part(scalar, trimmed, value.IndexOf(trimmed, StringComparison.Ordinal)));
            }

            var parts = ImmutableArray.CreateBuilder<ConfiguredValue>();
            var start = 0;
            while (start <= value.Length)
            {
                var end = value.IndexOfAny(ListSeparators, start);
                if (end < 0)
                {
                    end = value.Length;
                }

                var first = start;
                var last = end;
                while (first < last && char.IsWhiteSpace(value[first]))
                {
                    first++;
                }

                while (last > first && char.IsWhiteSpace(value[last - 1]))
                {
                    last--;
                }

                if (last > first)
                {
                    parts.Add(Part(scalar, value.Substring(first, last - first), first));
                }

                start = end + 1;
            }

            return parts.ToImmutable();
        }

        // A part of a split scalar points at its own characters when the string has no escapes, else at the whole string.
        private ConfiguredValue Part(ConfiguredValue scalar, string part, int offset)
        {
            if (scalar.ContentStart < 0 || _text is null)
            {
                return new ConfiguredValue(scalar.Key, part, scalar.Location);
            }

            var span = new TextSpan(scalar.ContentStart + offset, part.Length);
            return new ConfiguredValue(scalar.Key, part, CreateLocation(Path, _text, span), scalar.ContentStart + offset);
        }

        /// <summary>A failure found while walking the reader's output, at a place in the text.</summary>
        private sealed class ReadFailure : Exception
        {
            public ReadFailure(string message, TextSpan span)
                : base(message)
            {
                Span = span;
            }

            public TextSpan Span { get; }
        }

        /// <summary>Walks the XML infoset of <see cref="JsonReaderWriterFactory"/> and flattens it into keys.</summary>
        /// <remarks>
        /// The infoset: every JSON value is an element with attribute type="object|array|string|number|boolean|null";
        /// the root element is "root"; array items are elements "item"; an object member is an element named after the
        /// member when the name is a plain XML name, otherwise &lt;a:item xmlns:a="item" item="the name"&gt; (names with
        /// ':', spaces, quotes, non-ASCII letters or escapes, the empty name).
        /// </remarks>
        private sealed class Builder
        {
            private const string ItemNamespace = "item";

            private readonly string _path;
            private readonly SourceText _text;
            private readonly List<ValueToken> _tokens;
            private readonly ImmutableArray<ConfiguredValue>.Builder _entries = ImmutableArray.CreateBuilder<ConfiguredValue>();
            private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            private readonly HashSet<string> _sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            private int _next;

            public Builder(string path, SourceText text, List<ValueToken> tokens)
            {
                _path = path;
                _text = text;
                _tokens = tokens;
            }

            /// <summary>Where the next unread value is: the best place to report a failure of the reader.</summary>
            public TextSpan NextTokenSpan =>
                _next < _tokens.Count ? _tokens[_next].Span
                : _tokens.Count > 0 ? _tokens[_tokens.Count - 1].Span
                : new TextSpan(0, 0);

            public void ReadRoot(XmlDictionaryReader reader)
            {
                if (reader.MoveToContent() != XmlNodeType.Element)
                {
                    throw new ReadFailure("The JSON reader found no root object.", NextTokenSpan);
                }

                ReadValue(reader, key: null);
            }

            public AppSettingsDocument ToDocument()
            {
                var entries = _entries.ToImmutable();

                // A key is also a section under each of its prefixes, as IConfiguration.GetSection(..).Exists() sees it.
                var sections = new HashSet<string>(_sections, StringComparer.OrdinalIgnoreCase);
                foreach (var key in _keys)
                {
                    for (var colon = key.IndexOf(':'); colon >= 0; colon = key.IndexOf(':', colon + 1))
                    {
                        sections.Add(key.Substring(0, colon));
                    }
                }

                var children = new Dictionary<string, List<ConfiguredValue>>(StringComparer.OrdinalIgnoreCase);
                foreach (var entry in entries)
                {
                    var colon = entry.Key.LastIndexOf(':');
                    if (colon < 0 || entry.Value.Length == 0)
                    {
                        continue;
                    }

                    var parent = entry.Key.Substring(0, colon);
                    if (!children.TryGetValue(parent, out var list))
                    {
                        children.Add(parent, list = new List<ConfiguredValue>());
                    }

                    list.Add(entry);
                }

                var childrenBuilder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ConfiguredValue>>(StringComparer.OrdinalIgnoreCase);
                foreach (var pair in children)
                {
                    pair.Value.Sort(CompareByLastSegment);
                    childrenBuilder.Add(pair.Key, pair.Value.ToImmutableArray());
                }

                return new AppSettingsDocument(
                    _path,
                    _text,
                    entries,
                    sections.ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
                    childrenBuilder.ToImmutable(),
                    error: null);
            }

            // Microsoft.Extensions.Configuration.ConfigurationKeyComparer, for siblings: indexes numerically and first.
            private static int CompareByLastSegment(ConfiguredValue x, ConfiguredValue y)
            {
                var a = x.Key.Substring(x.Key.LastIndexOf(':') + 1);
                var b = y.Key.Substring(y.Key.LastIndexOf(':') + 1);
                var aIsIndex = int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var aIndex);
                var bIsIndex = int.TryParse(b, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bIndex);
                if (aIsIndex && bIsIndex)
                {
                    return aIndex.CompareTo(bIndex);
                }

                return aIsIndex ? -1 : bIsIndex ? 1 : string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
            }

            // The reader stands on the value's element; on return it stands after the element's end.
            private void ReadValue(XmlDictionaryReader reader, string? key)
            {
                var token = TakeToken(reader);
                switch (token.Kind)
                {
                    case TokenKind.Object:
                    case TokenKind.Array:
                        ReadContainer(reader, key, token);
                        break;
                    case TokenKind.Null:
                        // Configuration keeps the key with a null value: no value, but it still counts for duplicates.
                        AddKey(key!, token);
                        reader.Skip();
                        break;
                    default:
                        AddKey(key!, token);
                        var text = reader.ReadElementContentAsString();
                        if (token.Kind == TokenKind.True || token.Kind == TokenKind.False)
                        {
                            // JsonElement.ToString() of a boolean, which the configuration provider stores.
                            text = token.Kind == TokenKind.True ? bool.TrueString : bool.FalseString;
                        }

                        var contentStart = token.Kind == TokenKind.String && token.IsVerbatim ? token.Span.Start + 1 : -1;
                        _entries.Add(new ConfiguredValue(key!, text, CreateLocation(_path, _text, token.Span), contentStart));
                        break;
                }
            }

            private void ReadContainer(XmlDictionaryReader reader, string? key, ValueToken token)
            {
                var isObject = token.Kind == TokenKind.Object;
                if (key is not null)
                {
                    _sections.Add(key);
                }

                var count = 0;
                if (reader.IsEmptyElement)
                {
                    reader.Read();
                }
                else
                {
                    reader.Read();
                    while (reader.MoveToContent() == XmlNodeType.Element)
                    {
                        var name = isObject ? MemberName(reader) : count.ToString(CultureInfo.InvariantCulture);
                        ReadValue(reader, key is null ? name : key + ":" + name);
                        count++;
                    }

                    reader.ReadEndElement();
                }

                if (count == 0 && key is not null && !_keys.Add(key))
                {
                    // The provider stores an empty object or array as a key without a value, unchecked for duplicates:
                    // it silently replaces an earlier value of the same key.
                    for (var i = 0; i < _entries.Count; i++)
                    {
                        if (string.Equals(_entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
                        {
                            _entries.RemoveAt(i);
                            break;
                        }
                    }
                }
            }

            private static string MemberName(XmlDictionaryReader reader) =>
                string.Equals(reader.NamespaceURI, ItemNamespace, StringComparison.Ordinal)
                    ? reader.GetAttribute(ItemNamespace) ?? string.Empty
                    : reader.LocalName;

            private ValueToken TakeToken(XmlDictionaryReader reader)
            {
                var type = reader.GetAttribute("type") ?? "string";
                if (_next >= _tokens.Count)
                {
                    throw new ReadFailure("The JSON reader found a value the pre-pass did not: '" + type + "'.", NextTokenSpan);
                }

                var token = _tokens[_next];
                if (!string.Equals(type, TypeName(token.Kind), StringComparison.Ordinal))
                {
                    throw new ReadFailure("The JSON reader read a " + type + " where the text has a " + TypeName(token.Kind) + ".", token.Span);
                }

                _next++;
                return token;
            }

            private void AddKey(string key, ValueToken token)
            {
                if (!_keys.Add(key))
                {
                    // As the configuration provider: a key twice in one file (compared ignoring case) rejects the file.
                    throw new ReadFailure("A duplicate key '" + key + "' was found.", token.NameSpan ?? token.Span);
                }
            }

            private static string TypeName(TokenKind kind) => kind switch
            {
                TokenKind.Object => "object",
                TokenKind.Array => "array",
                TokenKind.String => "string",
                TokenKind.Number => "number",
                TokenKind.Null => "null",
                _ => "boolean",
            };
        }

        private enum TokenKind
        {
            Object,
            Array,
            String,
            Number,
            True,
            False,
            Null,
        }

        /// <summary>A value in the text: an object or array (its opening bracket) or a scalar.</summary>
        private readonly struct ValueToken
        {
            public ValueToken(TokenKind kind, TextSpan span, TextSpan? nameSpan, bool isVerbatim)
            {
                Kind = kind;
                Span = span;
                NameSpan = nameSpan;
                IsVerbatim = isVerbatim;
            }

            public TokenKind Kind { get; }

            public TextSpan Span { get; }

            /// <summary>The member name before the value, inside an object.</summary>
            public TextSpan? NameSpan { get; }

            /// <summary>For a string: it has no escape, so its characters are its value.</summary>
            public bool IsVerbatim { get; }
        }

        /// <summary>
        /// Checks the text against what the ASP.NET Core JSON provider accepts (System.Text.Json with comments skipped
        /// and trailing commas allowed, depth 64, an object at the root) and produces what
        /// <see cref="JsonReaderWriterFactory"/> can read: comments and trailing commas replaced by a space.
        /// It is a tokenizer with a bracket stack, not a parser: it builds no values.
        /// </summary>
        private sealed class Prepass
        {
            private readonly SourceText _text;
            private readonly string _s;
            private readonly CancellationToken _cancellationToken;
            private readonly StringBuilder _output;
            private readonly List<ValueToken> _tokens = new List<ValueToken>();
            private readonly List<int> _open = new List<int>();
            private readonly List<bool> _openIsObject = new List<bool>();
            private int _pos;

            private Prepass(SourceText text, CancellationToken cancellationToken)
            {
                _text = text;
                _s = text.ToString();
                _cancellationToken = cancellationToken;
                _output = new StringBuilder(_s.Length);
            }

            private enum Expect
            {
                Root,
                Value,
                FirstItemOrEnd,
                ItemOrEnd,
                FirstNameOrEnd,
                NameOrEnd,
                Colon,
                CommaOrEnd,
                Nothing,
            }

            public string Output => _output.ToString();

            public List<ValueToken> Tokens => _tokens;

            public string? ErrorMessage { get; private set; }

            public TextSpan ErrorSpan { get; private set; }

            public static Prepass Run(SourceText text, CancellationToken cancellationToken)
            {
                var prepass = new Prepass(text, cancellationToken);
                prepass.Scan();
                return prepass;
            }

            private void Scan()
            {
                var s = _s;
                var state = Expect.Root;
                var comma = -1;
                TextSpan? name = null;

                // A UTF-8 byte order mark is skipped by the provider; a decoder usually removed it already.
                if (s.Length > 0 && s[0] == '\uFEFF')
                {
                    _pos = 1;
                }

                while (true)
                {
                    if (!SkipTrivia())
                    {
                        return;
                    }

                    if (_pos >= s.Length)
                    {
                        break;
                    }

                    if ((_tokens.Count & 0xFFF) == 0)
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                    }

                    var c = s[_pos];
                    switch (state)
                    {
                        case Expect.Nothing:
                            Fail("Unexpected '" + Printable(c) + "' after the end of the root object.", new TextSpan(_pos, 1));
                            return;

                        case Expect.Colon:
                            if (c != ':')
                            {
                                Fail("Expected ':' after the property name, found '" + Printable(c) + "'.", new TextSpan(_pos, 1));
                                return;
                            }

                            Emit(1);
                            state = Expect.Value;
                            continue;

                        case Expect.CommaOrEnd:
                            var inObject = _openIsObject[_openIsObject.Count - 1];
                            if (c == ',')
                            {
                                comma = _output.Length;
                                Emit(1);
                                state = inObject ? Expect.NameOrEnd : Expect.ItemOrEnd;
                                continue;
                            }

                            if (c == (inObject ? '}' : ']'))
                            {
                                state = Close();
                                continue;
                            }

                            Fail("Expected ',' or '" + (inObject ? "}" : "]") + "', found '" + Printable(c) + "'.", new TextSpan(_pos, 1));
                            return;

                        case Expect.FirstNameOrEnd:
                        case Expect.NameOrEnd:
                            if (c == '}')
                            {
                                BlankTrailingComma(state == Expect.NameOrEnd, comma);
                                state = Close();
                                continue;
                            }

                            if (c != '"')
                            {
                                Fail("Expected a property name in double quotes, found '" + Printable(c) + "'.", new TextSpan(_pos, 1));
                                return;
                            }

                            var nameStart = _pos;
                            if (!ScanString(out var verbatim))
                            {
                                return;
                            }

                            name = TextSpan.FromBounds(nameStart, _pos);
                            if (verbatim && string.CompareOrdinal(s, nameStart, "\"__type\"", 0, 8) == 0 && _pos - nameStart == 8)
                            {
                                // The reader turns a first member "__type" into an attribute and insists on a string value;
                                // escaped, the name is an ordinary member.
                                _output.Append("\"\\u005F_type\"");
                            }
                            else
                            {
                                _output.Append(s, nameStart, _pos - nameStart);
                            }

                            state = Expect.Colon;
                            continue;

                        default:
                            if (c == ']' && (state == Expect.FirstItemOrEnd || state == Expect.ItemOrEnd))
                            {
                                BlankTrailingComma(state == Expect.ItemOrEnd, comma);
                                state = Close();
                                continue;
                            }

                            if (state == Expect.Root && c != '{')
                            {
                                Fail("Top-level JSON element must be an object.", new TextSpan(_pos, 1));
                                return;
                            }

                            var memberName = state == Expect.Value ? name : null;
                            name = null;
                            if (!ScanValue(memberName, out state))
                            {
                                return;
                            }

                            continue;
                    }
                }

                if (state == Expect.Root)
                {
                    Fail("The file is empty: an appsettings file must contain a JSON object.", new TextSpan(0, 0));
                }
                else if (state != Expect.Nothing)
                {
                    var open = _open[_open.Count - 1];
                    Fail("Unexpected end of file: the " + (_openIsObject[_openIsObject.Count - 1] ? "object" : "array") + " opened at line "
                        + (_text.Lines.GetLineFromPosition(open).LineNumber + 1).ToString(CultureInfo.InvariantCulture) + " is not closed.", new TextSpan(s.Length, 0));
                }
            }

            // Whitespace as System.Text.Json knows it, and comments, which the provider skips.
            private bool SkipTrivia()
            {
                var s = _s;
                while (_pos < s.Length)
                {
                    var c = s[_pos];
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                    {
                        Emit(1);
                    }
                    else if (c == '/' && _pos + 1 < s.Length && s[_pos + 1] == '/')
                    {
                        var end = _pos + 2;
                        while (end < s.Length && s[end] != '\n' && s[end] != '\r')
                        {
                            end++;
                        }

                        _output.Append(' ');
                        _pos = end;
                    }
                    else if (c == '/' && _pos + 1 < s.Length && s[_pos + 1] == '*')
                    {
                        var end = s.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                        if (end < 0)
                        {
                            Fail("Unterminated comment: '/*' without '*/'.", new TextSpan(_pos, 2));
                            return false;
                        }

                        _output.Append(' ');
                        _pos = end + 2;
                    }
                    else
                    {
                        break;
                    }
                }

                return true;
            }

            private bool ScanValue(TextSpan? name, out Expect next)
            {
                var s = _s;
                var start = _pos;
                var c = s[_pos];
                next = Expect.Nothing;
                if (c == '{' || c == '[')
                {
                    if (_open.Count == MaxDepth)
                    {
                        Fail("The maximum depth of " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " nested objects and arrays is exceeded.", new TextSpan(_pos, 1));
                        return false;
                    }

                    _tokens.Add(new ValueToken(c == '{' ? TokenKind.Object : TokenKind.Array, new TextSpan(_pos, 1), name, isVerbatim: false));
                    _open.Add(_pos);
                    _openIsObject.Add(c == '{');
                    Emit(1);
                    next = c == '{' ? Expect.FirstNameOrEnd : Expect.FirstItemOrEnd;
                    return true;
                }

                TokenKind kind;
                var verbatim = false;
                if (c == '"')
                {
                    if (!ScanString(out verbatim))
                    {
                        return false;
                    }

                    kind = TokenKind.String;
                }
                else if (IsWordChar(c))
                {
                    while (_pos < s.Length && IsWordChar(s[_pos]))
                    {
                        _pos++;
                    }

                    var word = s.Substring(start, _pos - start);
                    if (!TryClassifyWord(word, out kind))
                    {
                        Fail("Invalid JSON value '" + Truncate(word) + "'.", TextSpan.FromBounds(start, _pos));
                        return false;
                    }
                }
                else
                {
                    Fail("Expected a JSON value, found '" + Printable(c) + "'.", new TextSpan(_pos, 1));
                    return false;
                }

                var span = TextSpan.FromBounds(start, _pos);
                _tokens.Add(new ValueToken(kind, span, name, verbatim));
                _output.Append(s, start, span.Length);
                next = _open.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
                return true;
            }

            // On return _pos is after the closing quote. Escapes and control characters follow RFC 8259, as System.Text.Json.
            private bool ScanString(out bool verbatim)
            {
                var s = _s;
                var start = _pos;
                verbatim = true;
                _pos++;
                while (_pos < s.Length)
                {
                    var c = s[_pos];
                    if (c == '"')
                    {
                        _pos++;
                        return true;
                    }

                    if (c == '\n' || c == '\r')
                    {
                        break;
                    }

                    if (c < ' ')
                    {
                        Fail("Invalid character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " in a string: it must be escaped.", new TextSpan(_pos, 1));
                        return false;
                    }

                    if (c != '\\')
                    {
                        _pos++;
                        continue;
                    }

                    verbatim = false;
                    var escape = _pos + 1 < s.Length ? s[_pos + 1] : '\0';
                    if (escape == 'u')
                    {
                        if (!TryReadHex(_pos + 2, out var unit))
                        {
                            Fail("Invalid escape: '\\u' must be followed by four hexadecimal digits.", new TextSpan(_pos, Math.Min(6, s.Length - _pos)));
                            return false;
                        }

                        // System.Text.Json cannot decode half a surrogate pair.
                        if (char.IsLowSurrogate((char)unit)
                            || (char.IsHighSurrogate((char)unit)
                                && !(_pos + 7 < s.Length && s[_pos + 6] == '\\' && s[_pos + 7] == 'u' && TryReadHex(_pos + 8, out var low) && char.IsLowSurrogate((char)low))))
                        {
                            Fail("Invalid escape: '\\u" + unit.ToString("X4", CultureInfo.InvariantCulture) + "' is half of a surrogate pair.", new TextSpan(_pos, 6));
                            return false;
                        }

                        _pos += char.IsHighSurrogate((char)unit) ? 12 : 6;
                    }
                    else if (escape == '"' || escape == '\\' || escape == '/' || escape == 'b' || escape == 'f' || escape == 'n' || escape == 'r' || escape == 't')
                    {
                        _pos += 2;
                    }
                    else
                    {
                        Fail("Invalid escape '\\" + Printable(escape) + "' in a string.", new TextSpan(_pos, Math.Min(2, s.Length - _pos)));
                        return false;
                    }
                }

                var lineEnd = start;
                while (lineEnd < s.Length && s[lineEnd] != '\n' && s[lineEnd] != '\r')
                {
                    lineEnd++;
                }

                Fail("Unterminated string: a string must end with '\"' on the line where it starts.", TextSpan.FromBounds(start, lineEnd));
                return false;
            }

            private bool TryReadHex(int at, out int value)
            {
                value = 0;
                if (at + 4 > _s.Length)
                {
                    return false;
                }

                for (var i = at; i < at + 4; i++)
                {
                    var c = _s[i];
                    var digit = c >= '0' && c <= '9' ? c - '0'
                        : c >= 'a' && c <= 'f' ? c - 'a' + 10
                        : c >= 'A' && c <= 'F' ? c - 'A' + 10
                        : -1;
                    if (digit < 0)
                    {
                        return false;
                    }

                    value = (value * 16) + digit;
                }

                return true;
            }

            private Expect Close()
            {
                _open.RemoveAt(_open.Count - 1);
                _openIsObject.RemoveAt(_openIsObject.Count - 1);
                Emit(1);
                return _open.Count == 0 ? Expect.Nothing : Expect.CommaOrEnd;
            }

            // The reader would take "[1,]" too, but only by leniency: it is not asked to.
            private void BlankTrailingComma(bool afterComma, int comma)
            {
                if (afterComma)
                {
                    _output[comma] = ' ';
                }
            }

            private void Emit(int length)
            {
                _output.Append(_s, _pos, length);
                _pos += length;
            }

            private void Fail(string message, TextSpan span)
            {
                ErrorMessage = message;
                ErrorSpan = span;
            }

            private static bool IsWordChar(char c) =>
                (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+' || c == '.';

            private static bool TryClassifyWord(string word, out TokenKind kind)
            {
                switch (word)
                {
                    case "true":
                        kind = TokenKind.True;
                        return true;
                    case "false":
                        kind = TokenKind.False;
                        return true;
                    case "null":
                        kind = TokenKind.Null;
                        return true;
                }

                kind = TokenKind.Number;
                return IsNumber(word);
            }

            // RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
            private static bool IsNumber(string word)
            {
                var i = 0;
                if (i < word.Length && word[i] == '-')
                {
                    i++;
                }

                if (i < word.Length && word[i] == '0')
                {
                    i++;
                }
                else if (!SkipDigits(word, ref i))
                {
                    return false;
                }

                if (i < word.Length && word[i] == '.')
                {
                    i++;
                    if (!SkipDigits(word, ref i))
                    {
                        return false;
                    }
                }

                if (i < word.Length && (word[i] == 'e' || word[i] == 'E'))
                {
                    i++;
                    if (i < word.Length && (word[i] == '+' || word[i] == '-'))
                    {
                        i++;
                    }

                    if (!SkipDigits(word, ref i))
                    {
                        return false;
                    }
                }

                return i == word.Length;
            }

            private static bool SkipDigits(string word, ref int i)
            {
                var start = i;
                while (i < word.Length && word[i] >= '0' && word[i] <= '9')
                {
                    i++;
                }

                return i > start;
            }

            private static string Printable(char c) =>
                c < ' ' || c == '\uFEFF' || char.IsSurrogate(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

            private static string Truncate(string word) => word.Length <= 32 ? word : word.Substring(0, 32) + "...";
        }
    }
}
