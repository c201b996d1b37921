using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>One mutated source: where it came from, what was done to it, and its text as the compiler would read it.</summary>
    internal sealed class Mutant
    {
        public Mutant(int id, string origin, string operations, SourceText text, string path)
        {
            Id = id;
            Origin = origin;
            Operations = operations;
            Text = text;
            Path = path;
        }

        public int Id { get; }

        public string Origin { get; }

        public string Operations { get; }

        public SourceText Text { get; }

        public string Path { get; }

        public SyntaxTree Parse() => CSharpSyntaxTree.ParseText(Text, AnalyzerHarness.ParseOptions, Path);

        public override string ToString() => "mutant #" + Id + " (" + Path + ", from " + Origin + ", " + Operations + ", " + Text.Length + " chars)";
    }

    /// <summary>
    /// Deterministic mutations of C# sources: what an editor holds while someone types (truncations, deleted and stray
    /// tokens), what generators and other tools write (generated-code headers, huge methods, deeply nested expressions,
    /// very long string lists) and what odd files hold (BOMs, UTF-16, non-ASCII identifiers, bidirectional and zero-width
    /// characters, CR or CRLF line ends, NUL characters).
    /// </summary>
    internal static class SourceMutator
    {
        private static readonly (string Name, Action<Draft, Random> Apply)[] Light =
        {
            ("truncate", Truncate),
            ("delete-tokens", DeleteTokens),
            ("insert-token", InsertToken),
            ("replace-token", ReplaceToken),
            ("duplicate-span", DuplicateSpan),
            ("hostile-characters", HostileCharacters),
            ("line-endings", LineEndings),
            ("non-ascii-identifier", NonAsciiIdentifier),
            ("generated-code", GeneratedCode),
            ("string-literal-forms", StringLiteralForms),
            ("encoding", PickEncoding),
        };

        private static readonly (string Name, Action<Draft, Random> Apply)[] Heavy =
        {
            ("huge-method", HugeMethod),
            ("deep-nesting", DeepNesting),
            ("long-string-list", LongStringList),
        };

        private static readonly string[] StrayTokens =
        {
            "(", ")", "{", "}", "[", "]", "\"", "'", "@\"", "$\"", "\"\"\"", "/*", "*/", "//", "\n#if X\n", "\n#endif\n", "\n#region\n", "\n#else\n",
            "?.", "??", "=>", "!", "switch", "when", "is not", "default", "ref", "out", "await", "yield", ";", ",", ":", "<", ">", "<<", "new()",
            "null!", "static", "partial", "async", "unsafe", "goto", "__arglist", "stackalloc", "checked(", "global::", "::", "..", "^", "$@\"{",
            "{|#0:", "|}", "case \"IR\":", "\"IR\"", "== \"CU\"", "Context.Abort();", "return Forbid();", "if (", "else", "#pragma warning disable\n",
        };

        private static readonly string[] HostileChars =
        {
            "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\uFEFF", "\0", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uD800", "\uDFFF", "\u0301", "\U0001F600", "\u00A0", "\u3000", "\u000B", "\u000C", "\u001A",
        };

        private static readonly string[] NonAsciiNames = { "страна", "国家", "کشور", "país", "ülke", "χώρα", "ארץ", "Straße_ß", "x\u200Dy", "\u0645\u0644\u0643", "ℌ𝔢𝔩𝔩𝔬", "İstanbul" };

        private static readonly string[] Codes = { "IR", "CU", "KP", "SY", "SD", "RU", "BY", "UA-43", "UA-14", "UA-40", "VE", "IRN", "CUB", "PRK", "Iran", "Crimea", "fa", "+98", ".ir" };

        /// <summary>
        /// 1 to 3 light mutations of <paramref name="seed"/>; with <paramref name="heavy"/>, first the heavy mutation of that
        /// index. With <paramref name="wrapInNamespace"/>, the seed is first put in that namespace.
        /// </summary>
        public static Mutant Mutate(int id, Seed seed, string path, Random random, int? heavy, string? wrapInNamespace = null)
        {
            var draft = new Draft(wrapInNamespace is null ? seed.Text : "namespace " + wrapInNamespace + "\n{\n" + seed.Text + "\n}\n", path);
            var operations = new List<string>();
            if (heavy is { } h)
            {
                var (name, apply) = Heavy[h % Heavy.Length];
                apply(draft, random);
                operations.Add(name);
            }

            for (var count = heavy is null ? 1 + random.Next(3) : random.Next(2); count > 0; count--)
            {
                var (name, apply) = Light[random.Next(Light.Length)];
                apply(draft, random);
                operations.Add(name);
            }

            return new Mutant(id, seed.Name, string.Join("+", operations) + (draft.EncodingName is null ? string.Empty : "(" + draft.EncodingName + ")"), draft.ToSourceText(), draft.Path);
        }

        // ------------------------------------------------------------------ editing

        private static void Truncate(Draft draft, Random random) => draft.Text = draft.Text.Substring(0, random.Next(draft.Text.Length + 1));

        private static void DeleteTokens(Draft draft, Random random)
        {
            var tokens = Tokens(draft.Text);
            if (tokens.Count == 0)
            {
                return;
            }

            // From the end, so that the earlier spans stay valid.
            foreach (var token in Enumerable.Range(0, 1 + random.Next(3)).Select(_ => tokens[random.Next(tokens.Count)]).Distinct().OrderByDescending(t => t.SpanStart))
            {
                draft.Text = draft.Text.Remove(token.SpanStart, token.Span.Length);
            }
        }

        private static void InsertToken(Draft draft, Random random) =>
            draft.Text = draft.Text.Insert(random.Next(draft.Text.Length + 1), StrayTokens[random.Next(StrayTokens.Length)]);

        private static void ReplaceToken(Draft draft, Random random)
        {
            var tokens = Tokens(draft.Text);
            if (tokens.Count > 1)
            {
                var target = tokens[random.Next(tokens.Count)];
                var replacement = tokens[random.Next(tokens.Count)];
                draft.Text = draft.Text.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, replacement.Text);
            }
        }

        private static void DuplicateSpan(Draft draft, Random random)
        {
            var start = random.Next(draft.Text.Length + 1);
            var length = Math.Min(draft.Text.Length - start, random.Next(200));
            draft.Text = draft.Text.Insert(random.Next(draft.Text.Length + 1), draft.Text.Substring(start, length));
        }

        // ------------------------------------------------------------------ characters, encodings, file kinds

        private static void HostileCharacters(Draft draft, Random random)
        {
            var literals = Tokens(draft.Text).Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.IdentifierToken)).ToList();
            for (var count = 1 + random.Next(5); count > 0; count--)
            {
                // Half of them inside a string literal or an identifier ("I\u200BR", "coun\u202Etry"), where they change meaning.
                var at = literals.Count > 0 && random.Next(2) == 0
                    ? literals[random.Next(literals.Count)].SpanStart + 1
                    : random.Next(draft.Text.Length + 1);
                draft.Text = draft.Text.Insert(Math.Min(at, draft.Text.Length), HostileChars[random.Next(HostileChars.Length)]);
            }
        }

        private static void LineEndings(Draft draft, Random random)
        {
            var endings = new[] { "\r\n", "\r", "\n", "\u2028", "\u0085", "\n\r" };
            var lines = draft.Text.Replace("\r\n", "\n").Split('\n');
            var mixed = random.Next(3) == 0;
            var ending = endings[random.Next(endings.Length)];
            var builder = new StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                builder.Append(lines[i]);
                if (i < lines.Length - 1)
                {
                    builder.Append(mixed ? endings[random.Next(endings.Length)] : ending);
                }
            }

            draft.Text = builder.ToString();
        }

        private static void NonAsciiIdentifier(Draft draft, Random random)
        {
            var names = Tokens(draft.Text).Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText.Length >= 3).Select(t => t.ValueText).Distinct().ToList();
            if (names.Count > 0)
            {
                var name = names[random.Next(names.Count)];
                draft.Text = System.Text.RegularExpressions.Regex.Replace(
                    draft.Text, @"\b" + System.Text.RegularExpressions.Regex.Escape(name) + @"\b", NonAsciiNames[random.Next(NonAsciiNames.Length)]);
            }
        }

        private static void GeneratedCode(Draft draft, Random random)
        {
            var headers = new[]
            {
                "// <auto-generated/>\n",
                "// <autogenerated />\n",
                "// <auto-generated>\n//     This code was generated by a tool.\n// </auto-generated>\n",
                "/* <auto-generated> */\n",
                "#nullable disable\n// <auto-generated/>\n#pragma warning disable\n",
            };
            draft.Text = headers[random.Next(headers.Length)] + draft.Text;
            if (random.Next(2) == 0)
            {
                // The compiler also recognises generated code by its file name.
                var suffixes = new[] { ".g.cs", ".designer.cs", ".generated.cs", ".g.i.cs", ".AssemblyInfo.cs" };
                draft.Path = draft.Path.Substring(0, draft.Path.Length - ".cs".Length) + suffixes[random.Next(suffixes.Length)];
            }
            else
            {
                draft.Text = draft.Text.Replace("public class ", "[System.CodeDom.Compiler.GeneratedCode(\"fuzz\", \"1.0\")]\npublic class ");
            }
        }

        private static void StringLiteralForms(Draft draft, Random random)
        {
            var literals = Tokens(draft.Text).Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).OrderByDescending(t => t.SpanStart).ToList();
            foreach (var literal in literals.Where(_ => random.Next(3) == 0))
            {
                var value = literal.ValueText.Replace("\"", string.Empty).Replace("\\", string.Empty).Replace("{", string.Empty).Replace("}", string.Empty);
                var forms = new[]
                {
                    "@\"" + value + "\"", "$\"" + value + "\"", "\"\"\"" + value + "\"\"\"", "\"" + value + "\"u8", "\"" + value.ToLowerInvariant() + "\"",
                    "(\"" + value.Substring(0, value.Length / 2) + "\" + \"" + value.Substring(value.Length / 2) + "\")", "\"" + value + "\\u200B\"",
                    "$\"{\"" + value + "\"}\"", "nameof(" + value + ")", "\"\\u0049\\u0052\"", "(string)null!", "default",
                };
                draft.Text = draft.Text.Remove(literal.SpanStart, literal.Span.Length).Insert(literal.SpanStart, forms[random.Next(forms.Length)]);
            }
        }

        private static void PickEncoding(Draft draft, Random random)
        {
            var names = EncodedText.Encodings.Append("BOM character").ToArray();
            draft.EncodingName = names[random.Next(names.Length)];
        }

        // ------------------------------------------------------------------ size and depth

        private static void HugeMethod(Draft draft, Random random)
        {
            var block = FirstMethodBody(draft.Text);
            var body = block is { Statements.Count: > 0 } ? block.Statements.ToFullString() : null;
            var builder = new StringBuilder();
            var lines = 300 + random.Next(600);
            for (var i = 0; builder.Length / 60 < lines; i++)
            {
                builder.Append(body is not null && i % 2 == 0
                    ? "{\n" + body + "\n}\n"
                    : "if (System.Environment.MachineName == \"C" + i + "\" || System.Environment.MachineName == \"" + Codes[i % Codes.Length] + "\") throw new System.InvalidOperationException(\"" + i + "\");\n");
            }

            InsertStatements(draft, builder.ToString(), block);
        }

        private static void DeepNesting(Draft draft, Random random)
        {
            var depth = 100 + random.Next(300);
            var chain = 300 + random.Next(1500);
            var code = new StringBuilder("string deep = System.Environment.MachineName;\n");
            switch (random.Next(6))
            {
                case 0:
                    code.Append("if (").Append('(', depth).Append("deep == \"IR\"").Append(')', depth).Append(") throw new System.InvalidOperationException();\n");
                    break;
                case 1:
                    code.Append("if (deep == \"A\"");
                    for (var i = 0; i < chain; i++)
                    {
                        code.Append(i % 2 == 0 ? " || deep == \"" : " && deep != \"").Append(Codes[i % Codes.Length]).Append('"');
                    }

                    code.Append(") throw new System.InvalidOperationException();\n");
                    break;
                case 2:
                    code.Append("var text = deep");
                    for (var i = 0; i < chain; i++)
                    {
                        code.Append(" + \"").Append(Codes[i % Codes.Length]).Append('"');
                    }

                    code.Append(";\n");
                    break;
                case 3:
                    code.Append("var verdict = ");
                    for (var i = 0; i < depth; i++)
                    {
                        code.Append("deep == \"").Append(Codes[i % Codes.Length]).Append("\" ? \"deny\" : (");
                    }

                    code.Append("\"allow\"").Append(')', depth).Append(";\n");
                    break;
                case 4:
                    for (var i = 0; i < depth; i++)
                    {
                        code.Append("if (deep != \"").Append(Codes[i % Codes.Length]).Append("\") {\n");
                    }

                    code.Append("throw new System.InvalidOperationException();\n").Append('}', depth).Append('\n');
                    break;
                default:
                    code.Append("var nested = ");
                    for (var i = 0; i < depth; i++)
                    {
                        code.Append("string.Concat(\"").Append(Codes[i % Codes.Length]).Append("\", ");
                    }

                    code.Append("deep").Append(')', depth).Append(";\n");
                    break;
            }

            InsertStatements(draft, "{\n" + code + "}\n", FirstMethodBody(draft.Text));
        }

        private static void LongStringList(Draft draft, Random random)
        {
            var count = 1000 + random.Next(3000);
            var entries = string.Join(", ", Enumerable.Range(0, count).Select(i => "\"" + (i % 7 == 0 ? Codes[i % Codes.Length] : "C" + i) + "\""));
            var members = "private static readonly string[] LongList = { " + entries + " };\n"
                + "private static readonly HashSet<string> LongSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { " + entries + " };\n"
                + "private const string LongText = \"" + new string('x', 20000 + random.Next(40000)) + "\";\n";
            var type = CSharpSyntaxTree.ParseText(draft.Text, AnalyzerHarness.ParseOptions).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().FirstOrDefault(c => !c.OpenBraceToken.IsMissing);
            draft.Text = type is null
                ? draft.Text + "\npublic class LongLists\n{\n" + members + "}\n"
                : draft.Text.Insert(type.OpenBraceToken.Span.End, "\n" + members);
            InsertStatements(draft, "if (LongList.Contains(System.Environment.MachineName) || LongSet.Contains(LongText)) throw new System.InvalidOperationException();\n", FirstMethodBody(draft.Text));
        }

        private static BlockSyntax? FirstMethodBody(string text) =>
            CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions).GetRoot().DescendantNodes().OfType<BlockSyntax>()
                .FirstOrDefault(b => !b.OpenBraceToken.IsMissing && b.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax);

        private static void InsertStatements(Draft draft, string statements, BlockSyntax? block)
        {
            draft.Text = block is null
                ? draft.Text + "\npublic class Generated\n{\n    public void Run()\n    {\n" + statements + "    }\n}\n"
                : draft.Text.Insert(block.OpenBraceToken.Span.End, "\n" + statements);
        }

        private static List<SyntaxToken> Tokens(string text) => CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions).GetRoot().DescendantTokens().ToList();

        /// <summary>The text being mutated, its file path, and how its bytes are encoded on disk.</summary>
        private sealed class Draft
        {
            public Draft(string text, string path)
            {
                Text = text;
                Path = path;
            }

            public string Text { get; set; }

            public string Path { get; set; }

            public string? EncodingName { get; set; }

            /// <summary>The text as the compiler decodes the file's bytes (BOM detection, UTF-8 otherwise).</summary>
            public SourceText ToSourceText() => EncodingName switch
            {
                null => SourceText.From(Text),
                "BOM character" => SourceText.From("\uFEFF" + Text),
                _ => EncodedText.Decode(Text, EncodingName),
            };
        }
    }
}
