using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Waiver files (docs/waivers.md) generated from their grammar, in every encoding and line ending the compiler reads:
    /// every malformed line is one SANC0001 at that line of that file, a well-formed line none, and nothing crashes.
    /// </summary>
    public class WaiverFileFuzzTests
    {
        private const int Compilations = 40;
        private const int FilesPerCompilation = 10;

        private static readonly string[] Rules = { "SANC1001", "SANC1002", "SANC1003", "SANC1004" };
        private static readonly string[] Reasons = { "legal-review", "blocked-persons", "controlled-item", "commercial-connectivity", "contractual", "false-positive" };
        private static readonly string[] Targets =
        {
            "M:Contoso.Chat.ChatHub.SendMessage(System.String)", "T:Contoso.Signup.SignupController", "P:Contoso.Geo.Options.Blocked", "path:Config/Legacy.cs",
            "path:*.cs", "path:src/*/Geo*.cs", "T:Контора.Чат", "M:Contoso.Mail.MailController.Send(System.String,System.Int32)", "path:appsettings*.json",
            "T:Contoso.Generic`1", "M:Contoso.Hub.#ctor", "path:Ünïcode/文件.cs",
        };

        private static readonly string[] Owners = { "jane.doe@contoso", "compliance-team", "ops", "Zoë Ångström", "山田 太郎", "team\u200Bx", "\u202Eowner", "a b c", "o" };

        // One defect each (docs/waivers.md): field count, rule, target, placeholder, reason, owner, date.
        private static readonly string[] BadRules = { "SANC1100", "SANC0001", "SANC9999", "", "CA1000", "SANC 1001", "SANC10011" };
        private static readonly string[] BadTargets = { "", "X:Foo", "Contoso.Chat", "path:", "Type:Foo", "M", "N:Contoso" };
        private static readonly string[] BadReasons = { "legal", "because", "", "legal review", "false_positive", "approved" };
        private static readonly string[] BadDates = { "2027-13-01", "2027-02-30", "27-06-30", "2027/06/30", "tomorrow", "", "2027-6-30", "2027-06-31", "20270630", "2027-06-30T00:00" };

        private readonly ITestOutputHelper _output;

        public WaiverFileFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task EveryMalformedLine_IsOneSanc0001AtThatLine_AndWellFormedLinesAreAccepted()
        {
            var random = new Random(20261201);
            var failures = new List<string>();
            var lines = 0;
            for (var c = 0; c < Compilations; c++)
            {
                var files = Enumerable.Range(0, FilesPerCompilation).Select(f => Generate(random, "Waivers/Case" + c + "-" + f + ".SanctionsWaivers.txt")).ToList();
                var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject, AnalyzerHarness.Options(files.Select(f => EncodedText.File(f.Path, f.Text, f.Encoding))));
                failures.AddRange(run.Failures.Select(f => f.ToString()));
                foreach (var file in files)
                {
                    var reported = run.Located("SANC0001", file.Path).Select(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
                    var expected = file.Lines.Select((l, i) => (l, i)).Where(x => x.l.Kind == LineKind.Malformed).Select(x => x.i).ToList();
                    lines += file.Lines.Count;
                    if (!reported.OrderBy(l => l).SequenceEqual(expected))
                    {
                        failures.Add(file.Path + " (" + file.Encoding + "): SANC0001 at lines [" + string.Join(", ", reported.OrderBy(l => l)) + "], malformed lines ["
                            + string.Join(", ", expected) + "]\n" + string.Join("\n", file.Lines.Select((l, i) => i + " " + l.Kind + ": " + Printable(l.Text))));
                    }
                }
            }

            _output.WriteLine(lines + " waiver lines in " + Compilations * FilesPerCompilation + " files");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)) + "\n" + failures.Count + " failures");
        }

        [Fact]
        public async Task HostileWaiverFiles_DoNotCrash()
        {
            var random = new Random(20261202);
            var texts = new List<string>
            {
                string.Empty,
                "\0\0\0",
                new string(';', 100000),
                string.Join("\n", Enumerable.Repeat("SANC1001 ; path:*.cs ; legal-review ; ops ; 2099-12-31", 20000)),
                "SANC1001 ; path:" + new string('*', 5000) + "a ; legal-review ; ops ; 2099-12-31",
                "SANC1001 ; path:[(?<x>.*)]{2,}\\ ; legal-review ; ops ; 2099-12-31",
                "SANC1001 ; M:" + new string('A', 100000) + " ; legal-review ; ops ; 2099-12-31",
                "\u202ESANC1001 ; T:X ; legal-review ; ops ; 2099-12-31\u2028SANC1002 ; T:Y ; contractual ; ops ; 2099-12-31\u0085",
            };
            for (var i = 0; i < 20; i++)
            {
                texts.Add(string.Concat(Enumerable.Range(0, 2000).Select(_ => (char)random.Next(0, 0x3000))));
            }

            var files = texts.Select((t, i) => EncodedText.File("Hostile" + i + ".SanctionsWaivers.txt", t, EncodedText.Encodings[i % EncodedText.Encodings.Length]));
            var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.WebProject, AnalyzerHarness.Options(files));
            Assert.Empty(run.Failures);
        }

        private static WaiverFile Generate(Random random, string path)
        {
            var lines = new List<Line>();
            if (random.Next(2) == 0)
            {
                lines.Add(new Line("// rule ; target ; reason ; owner ; expires", LineKind.Blank));
            }

            for (var n = 5 + random.Next(20); n > 0; n--)
            {
                switch (random.Next(10))
                {
                    case 0:
                        lines.Add(new Line(new[] { string.Empty, "   ", "\t", "// " + Pick(random, Owners), "  // SANC1001 ; x" }[random.Next(5)], LineKind.Blank));
                        break;
                    case 1:
                    case 2:
                    case 3:
                    case 4:
                        lines.Add(new Line(Join(random, WellFormed(random)), LineKind.WellFormed));
                        break;
                    default:
                        lines.Add(new Line(Join(random, Malformed(random, WellFormed(random))), LineKind.Malformed));
                        break;
                }
            }

            var newline = new[] { "\n", "\r\n", "\r" }[random.Next(3)];
            var text = string.Join(newline, lines.Select(l => l.Text)) + (random.Next(2) == 0 ? newline : string.Empty);
            return new WaiverFile(path, text, Pick(random, EncodedText.Faithful), lines);
        }

        private static List<string> WellFormed(Random random) => new List<string>
        {
            Pick(random, Rules),
            Pick(random, Targets),
            Pick(random, Reasons),
            Pick(random, Owners),
            new DateTime(2000, 1, 1).AddDays(random.Next(365 * 100)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        private static List<string> Malformed(Random random, List<string> fields)
        {
            switch (random.Next(8))
            {
                case 0:
                    fields.RemoveAt(random.Next(fields.Count));
                    break;
                case 1:
                    fields.Insert(random.Next(fields.Count + 1), Pick(random, Owners));
                    break;
                case 2:
                    fields[0] = Pick(random, BadRules);
                    break;
                case 3:
                    fields[1] = Pick(random, BadTargets);
                    break;
                case 4:
                    fields[2 + (random.Next(3) == 0 ? 2 : random.Next(2))] = Pick(random, new[] { "TODO", "todo" });
                    break;
                case 5:
                    fields[2] = Pick(random, BadReasons);
                    break;
                case 6:
                    fields[3] = Pick(random, new[] { string.Empty, "   ", "\t" });
                    break;
                default:
                    fields[4] = Pick(random, BadDates);
                    break;
            }

            return fields;
        }

        // Fields padded with spaces, sometimes a trailing comment.
        private static string Join(Random random, List<string> fields) =>
            string.Join(";", fields.Select(f => new string(' ', random.Next(3)) + f + new string(' ', random.Next(3))))
            + (random.Next(5) == 0 ? " // " + Pick(random, Owners) : string.Empty);

        private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static string Printable(string text) =>
            string.Concat(text.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4") : c.ToString()));

        private enum LineKind
        {
            Blank,
            WellFormed,
            Malformed,
        }

        private sealed class Line
        {
            public Line(string text, LineKind kind)
            {
                Text = text;
                Kind = kind;
            }

            public string Text { get; }

            public LineKind Kind { get; }
        }

        private sealed class WaiverFile
        {
            public WaiverFile(string path, string text, string encoding, List<Line> lines)
            {
                Path = path;
                Text = text;
                Encoding = encoding;
                Lines = lines;
            }

            public string Path { get; }

            public string Text { get; }

            public string Encoding { get; }

            public List<Line> Lines { get; }
        }
    }
}
