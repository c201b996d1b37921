using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Policy;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// <c>sanctions_analyzers.*</c> keys of a .globalconfig (docs/configuration.md), generated from their grammar as valid
    /// or invalid entries and read by the compiler's own config parser: every invalid entry is one SANC0001 naming its
    /// key, a valid one none, and nothing crashes.
    /// </summary>
    public class GlobalConfigFuzzTests
    {
        private const int Files = 120;
        private const string ConfigPath = "/repo/.globalconfig";

        private static readonly PolicyMap Map = PolicyMap.Embedded;

        private static readonly string[] VerdictValues = { "authorized", "not_covered", "not-covered", "excluded" };
        private static readonly string[] BadVerdictValues = { "maybe", "authorised", "yes", "true", "", "not covered", "exclude", "denied", "authorized!" };
        private static readonly string[] BadJurisdictions = { "xx", "iran", "ir2", "ua", "ua-14", "dnr", "kp-", "ru", "zz-99", "cu_", "", "sy.sd", "ir.cu", "IRN" };
        private static readonly string[] BadCategories = { "telepathy", "chat-", "im", "e_mail", "mail", "video", "messaging", "", "chat.email", "web_maps" };
        private static readonly string[] Identifiers = { "PERSIA-LEGACY", "ایران", "I\u200BR", "+98", "\u202EIR", "Crimée", "X-IR", "ir", "IR ", "\u0000", "ÎR", "北朝鮮" };
        private static readonly string[] NameParts = { "Contoso", "Chat", "ChatHub", "Send", "Mail", "Api_v2", "Ünïcode", "Чат", "中文", "_x", "A1", "Outer-Inner" };
        private static readonly string[] UnknownKeys =
        {
            "severity", "verdicts.ir.chat", "identifier.ir", "categories.Contoso.Chat", "policy", "verdict", "identifiers", "category", "category.", "",
            "policy_version.pin", "enabled", "verdict_ir_chat", "ir.chat",
        };

        private readonly ITestOutputHelper _output;

        public GlobalConfigFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task EveryInvalidKey_IsOneSanc0001NamingIt_AndValidKeysAreSilent()
        {
            var failures = new List<string>();
            var entries = 0;
            foreach (var file in Generate(new Random(20261129), Files))
            {
                var run = await AnalyzeAsync(file, located: false);
                failures.AddRange(run.Failures.Select(f => f + "\n" + file.Text));
                var reported = run.Diagnostics.Where(d => d.Id == "SANC0001").Select(d => d.GetMessage()).ToList();
                foreach (var entry in file.Entries)
                {
                    entries++;
                    var naming = reported.Count(m => entry.IsNamedBy(m));
                    if (naming != (entry.Valid ? 0 : 1))
                    {
                        failures.Add((entry.Valid ? "valid" : "invalid") + " entry reported " + naming + " times: " + Printable(entry.Line) + "\n" + string.Join("\n", reported));
                    }
                }

                if (reported.Count != file.Entries.Count(e => !e.Valid))
                {
                    failures.Add(reported.Count + " SANC0001 for " + file.Entries.Count(e => !e.Valid) + " invalid entries:\n" + file.Text + "\n" + string.Join("\n", reported));
                }
            }

            _output.WriteLine(entries + " keys in " + Files + " .globalconfig files");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)) + "\n" + failures.Count + " failures");
        }

        /// <summary>When the build passes the .globalconfig as an AdditionalFile, each SANC0001 is at the line of its key.</summary>
        [Fact]
        public async Task EveryInvalidKey_IsReportedAtItsLine()
        {
            var failures = new List<string>();
            foreach (var file in Generate(new Random(20261130), Files / 4, withSection: true))
            {
                var run = await AnalyzeAsync(file, located: true);
                failures.AddRange(run.Failures.Select(f => f.ToString()));
                foreach (var entry in file.Entries)
                {
                    var atLine = run.Located("SANC0001", ConfigPath).Where(d => d.Location.GetLineSpan().StartLinePosition.Line == entry.LineNumber).ToList();
                    if (entry.Valid ? atLine.Count != 0 : !atLine.Any(d => entry.IsNamedBy(d.GetMessage())))
                    {
                        failures.Add((entry.Valid ? "valid" : "invalid") + " entry at line " + entry.LineNumber + ": " + Printable(entry.Line) + "\n"
                            + string.Join("\n", run.Diagnostics.Where(d => d.Id == "SANC0001")));
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)) + "\n" + failures.Count + " failures");
        }

        /// <summary>The compiler cuts <c>chat;telepathy</c> at the ';' (a comment); the analyzer says so from the raw line.</summary>
        [Fact]
        public async Task SemicolonSeparatedList_IsReadWhole()
        {
            var text = "is_global = true\nsanctions_analyzers.category.Contoso.Chat.ChatHub = chat;telepathy\n";
            var run = await AnalyzeAsync(new ConfigFile(text, new List<Entry>()), located: true);
            Assert.Contains(run.Located("SANC0001", ConfigPath), d => d.GetMessage().Contains("telepathy", StringComparison.Ordinal) && d.Location.GetLineSpan().StartLinePosition.Line == 1);
        }

        private static Task<HarnessRun> AnalyzeAsync(ConfigFile file, bool located)
        {
            // The compiler's own parser and merge: keys lowercased, values trimmed, comments dropped, sections apart.
            var config = AnalyzerConfig.Parse(file.Text, ConfigPath);
            var options = AnalyzerConfigSet.Create(new[] { config }).GlobalConfigOptions.AnalyzerOptions;
            var additional = located ? new[] { EncodedText.File(ConfigPath, file.Text, "utf-8") } : Array.Empty<AdditionalText>();
            return AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject, AnalyzerHarness.Options(additional, options));
        }

        private static IEnumerable<ConfigFile> Generate(Random random, int count, bool withSection = false)
        {
            for (var i = 0; i < count; i++)
            {
                var lines = new List<string> { "# generated policy " + i, "is_global = true" };
                if (random.Next(2) == 0)
                {
                    lines.Add("global_level = " + (random.Next(200) - 100));
                }

                var entries = new List<Entry>();
                var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var n = 12 + random.Next(20); n > 0; n--)
                {
                    var (key, value, valid) = NextEntry(random, keys.Contains(Key("policy_version")));
                    if (!keys.Add(key))
                    {
                        continue;
                    }

                    if (random.Next(4) == 0)
                    {
                        lines.Add(random.Next(2) == 0 ? string.Empty : "; a comment");
                    }

                    var line = new string(' ', random.Next(3)) + key + new string(' ', random.Next(2)) + (random.Next(5) == 0 ? ":" : "=")
                        + new string(' ', random.Next(3)) + value + (random.Next(6) == 0 ? "  # reviewed" : string.Empty);
                    entries.Add(new Entry(key, line, valid, lines.Count));
                    lines.Add(line);
                }

                if (withSection)
                {
                    // The compiler never hands a section's keys to the analyzer as project-wide options.
                    lines.Add("[/repo/src/**.cs]");
                    var key = Key("category.Contoso.Sectioned");
                    entries.Add(new Entry(key, key + " = chat", valid: false, lines.Count));
                    lines.Add(key + " = chat");
                }

                var newline = new[] { "\n", "\r\n" }[random.Next(2)];
                yield return new ConfigFile(string.Join(newline, lines) + newline, entries);
            }
        }

        private static (string Key, string Value, bool Valid) NextEntry(Random random, bool versionTaken)
        {
            var valid = random.Next(2) == 0;
            switch (random.Next(versionTaken ? 9 : 10))
            {
                case 0:
                case 1:
                case 2:
                {
                    var defect = valid ? -1 : random.Next(4);
                    var jurisdiction = defect == 0 ? Pick(random, BadJurisdictions.Where(j => Map.Jurisdictions.All(k => !k.Id.Equals(j, StringComparison.OrdinalIgnoreCase))).ToArray()) : RandomCase(random, Pick(random, Map.Jurisdictions).Id);
                    var category = defect == 1 ? Pick(random, BadCategories.Where(c => Map.FindCategory(c.ToLowerInvariant()) is null).ToArray()) : RandomCase(random, Pick(random, Map.Categories).Id);
                    var value = defect == 2 ? Pick(random, BadVerdictValues) : RandomCase(random, Pick(random, VerdictValues));
                    var key = Key("verdict." + jurisdiction + "." + category + (defect == 3 ? "." + Pick(random, new[] { "x", "chat", "ir" }) : string.Empty));
                    return (key, value, valid);
                }

                case 3:
                case 4:
                {
                    var jurisdiction = valid
                        ? RandomCase(random, Pick(random, Map.Jurisdictions).Id)
                        : Pick(random, BadJurisdictions.Where(j => Map.Jurisdictions.All(k => !k.Id.Equals(j, StringComparison.OrdinalIgnoreCase))).ToArray());
                    var value = string.Join(random.Next(2) == 0 ? "," : ", ", Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Identifiers)))
                        + (random.Next(20) == 0 ? new string('Z', 5000) : string.Empty);
                    return (Key("identifiers." + jurisdiction), value, valid);
                }

                case 5:
                case 6:
                case 7:
                {
                    var name = string.Join(".", Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Pick(random, NameParts)));
                    var ids = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => RandomCase(random, Pick(random, Map.Categories).Id)).ToList();
                    if (!valid)
                    {
                        switch (random.Next(3))
                        {
                            case 0:
                                ids.Insert(random.Next(ids.Count + 1), Pick(random, BadCategories.Where(c => c.Length > 0 && Map.FindCategory(c.ToLowerInvariant()) is null).ToArray()));
                                break;
                            case 1:
                                ids = new List<string> { Pick(random, new[] { string.Empty, ",", " , ," }) };
                                break;
                            default:
                                name = string.Empty;
                                break;
                        }
                    }

                    return (Key("category." + name), string.Join(random.Next(2) == 0 ? "," : " , ", ids), valid);
                }

                case 8:
                    return (Key(Pick(random, UnknownKeys)), Pick(random, new[] { "true", "chat", "1", string.Empty }), false);
                default:
                    return (Key("policy_version"), valid ? Map.Version : Pick(random, new[] { "2024.1.0", Map.Version + ".1", "latest", string.Empty, "2026.11", "v" + Map.Version }), valid);
            }
        }

        private static string Key(string rest) => "sanctions_analyzers." + rest;

        private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static string RandomCase(Random random, string text) => random.Next(4) switch
        {
            0 => text.ToUpperInvariant(),
            1 => string.Concat(text.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
            _ => text,
        };

        private static string Printable(string text) =>
            string.Concat(text.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4") : c.ToString()));

        private sealed class ConfigFile
        {
            public ConfigFile(string text, List<Entry> entries)
            {
                Text = text;
                Entries = entries;
            }

            public string Text { get; }

            public List<Entry> Entries { get; }
        }

        private sealed class Entry
        {
            public Entry(string key, string line, bool valid, int lineNumber)
            {
                Key = key;
                Line = line;
                Valid = valid;
                LineNumber = lineNumber;
            }

            public string Key { get; }

            public string Line { get; }

            public bool Valid { get; }

            /// <summary>0-based, as in a diagnostic's line span.</summary>
            public int LineNumber { get; }

            /// <summary>The messages name the key in quotes (the compiler hands it over lowercased); a bad pin names the pin's key.</summary>
            public bool IsNamedBy(string message) =>
                message.Contains("'" + Key + "'", StringComparison.OrdinalIgnoreCase)
                || (Key.Equals("sanctions_analyzers.policy_version", StringComparison.OrdinalIgnoreCase) && message.StartsWith(Key + " pins", StringComparison.OrdinalIgnoreCase));
        }
    }
}
