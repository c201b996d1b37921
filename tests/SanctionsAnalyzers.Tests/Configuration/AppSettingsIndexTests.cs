using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Configuration;
using Xunit;

namespace SanctionsAnalyzers.Tests.Configuration
{
    /// <summary>appsettings files: flattening as Microsoft.Extensions.Configuration.Json does, merging, locations, malformed input.</summary>
    public class AppSettingsIndexTests
    {
        private const string Path = "/proj/appsettings.json";

        // ---- flattening -------------------------------------------------------------------------------------

        [Fact]
        public void NestedObjects_FlattenWithColons()
        {
            var document = Parse("""{ "Geo": { "Mode": "deny", "Inner": { "X": "1" } }, "Top": "t" }""");

            Assert.Null(document.Error);
            Assert.Equal(new[] { "Geo:Mode=deny", "Geo:Inner:X=1", "Top=t" }, document.Entries.Select(e => e.Key + "=" + e.Value));
            Assert.True(document.HasSection("Geo:Inner"));
            Assert.True(document.HasSection("geo"));
            Assert.False(document.HasSection("Geo:Mode"));
        }

        [Fact]
        public void Arrays_FlattenWithIndexKeys_NestedArraysAndObjectsToo()
        {
            var document = Parse("""{ "Geo": { "BlockedCountries": ["IR", "KP"] }, "a": [[1, 2], [3]], "b": [{ "c": 1 }, { "c": 2 }] }""");

            Assert.Equal(
                new[] { "Geo:BlockedCountries:0=IR", "Geo:BlockedCountries:1=KP", "a:0:0=1", "a:0:1=2", "a:1:0=3", "b:0:c=1", "b:1:c=2" },
                document.Entries.Select(e => e.Key + "=" + e.Value));
        }

        [Fact]
        public void Scalars_NumbersAsWritten_BooleansAsConfigurationStoresThem_NullAsNoValue()
        {
            var document = Parse("""{ "n": 1.50, "e": -2.5E+10, "big": 12345678901234567890123, "t": true, "f": false, "z": null, "s": "" }""");

            Assert.Equal("1.50", Value(document, "n"));
            Assert.Equal("-2.5E+10", Value(document, "e"));
            Assert.Equal("12345678901234567890123", Value(document, "big"));
            Assert.Equal("True", Value(document, "t"));
            Assert.Equal("False", Value(document, "f"));
            Assert.False(document.TryGetValue("z", out _));
            Assert.Equal(string.Empty, Value(document, "s"));
        }

        [Fact]
        public void Keys_AreCaseInsensitive_InTheDocumentAndTheIndex()
        {
            var index = Index(("/p/appsettings.json", """{ "Geo": { "BlockedCountries": ["IR"] } }"""));

            Assert.True(index.Documents[0].TryGetValue("GEO:blockedcountries:0", out var value));
            Assert.Equal("IR", value.Value);
            Assert.Equal("Geo:BlockedCountries:0", value.Key);
            Assert.True(index.TryGetValue("geo:BLOCKEDCOUNTRIES:0", out _));
            Assert.True(index.TryGetStringList("gEO:blockedCountries", out var list));
            Assert.Equal(new[] { "IR" }, list.Select(v => v.Value));
        }

        [Fact]
        public void MemberNamesThatAreNotXmlNames_KeepTheirSpelling()
        {
            // The reader writes these as <a:item xmlns:a="item" item="name">; "__type" first would become an attribute.
            var document = Parse("""
                { "__type": 1, "Sanctions:Blocked": ["IR"], "with space": "s", "Microsoft.Hosting.Lifetime": "Information",
                  "ä": "umlaut", "": "empty", "\u0041b": "escaped", "item": "i", "type": "t", "xmlns": "x", "a\"q": "quote",
                  "o": { "__type": "T", "k": 2 } }
                """);

            Assert.Null(document.Error);
            Assert.Equal(
                new[]
                {
                    "__type=1", "Sanctions:Blocked:0=IR", "with space=s", "Microsoft.Hosting.Lifetime=Information", "ä=umlaut", "=empty",
                    "Ab=escaped", "item=i", "type=t", "xmlns=x", "a\"q=quote", "o:__type=T", "o:k=2",
                },
                document.Entries.Select(e => e.Key + "=" + e.Value));
        }

        [Fact]
        public void StringEscapes_AreDecoded()
        {
            var document = Parse("""{ "a": "q\"b\\s\/n\nt\tu\u00e4\ud83d\ude00\r\nz", "nul": "x\u0000y" }""");

            Assert.Equal("q\"b\\s/n\nt\tuä😀\r\nz", Value(document, "a"));
            Assert.Equal("x\0y", Value(document, "nul"));
        }

        [Fact]
        public void Comments_AreSkippedEverywhereTheProviderSkipsThem()
        {
            var document = Parse("""
                // leading comment
                {
                  /* before a name */ "Geo" /* before the colon */ : /* before a value */ {
                    "BlockedCountries": [ "IR", // after an item
                      /* between items */ "KP" ],
                    "Url": "http://example.com//path", "Glob": "/* not a comment */"
                  } // after the object
                } /* trailing
                     block */ // and a last line comment
                """);

            Assert.Null(document.Error);
            Assert.Equal(new[] { "IR", "KP" }, document.GetListValues("Geo:BlockedCountries").Select(v => v.Value));
            Assert.Equal("http://example.com//path", Value(document, "Geo:Url"));
            Assert.Equal("/* not a comment */", Value(document, "Geo:Glob"));
        }

        [Fact]
        public void TrailingCommas_AreAccepted_InObjectsAndArrays()
        {
            var document = Parse("""{ "a": [1, 2, ], "o": { "x": "y", /* c */ }, "n": [[3,],], }""");

            Assert.Null(document.Error);
            Assert.Equal(new[] { "a:0=1", "a:1=2", "o:x=y", "n:0:0=3" }, document.Entries.Select(e => e.Key + "=" + e.Value));
        }

        [Fact]
        public void EmptyObjectsAndArrays_AreSectionsWithoutValues_AndEmptyLists()
        {
            var index = Index(("/p/appsettings.json", """{ "Geo": { "BlockedCountries": [], "Options": {} } }"""));

            Assert.True(index.TryGetStringList("Geo:BlockedCountries", out var list));
            Assert.Empty(list);
            Assert.False(index.TryGetValue("Geo:BlockedCountries", out _));
            Assert.True(index.Documents[0].HasSection("Geo:Options"));
            Assert.False(index.TryGetStringList("Geo:Missing", out var missing));
            Assert.Empty(missing);
        }

        [Fact]
        public void StringList_OrdersChildrenAsConfigurationKeys_IndexesNumericallyThenNames_SkipsEmptyAndNested()
        {
            var document = Parse("""{ "L": { "10": "ten", "b": "bee", "2": "two", "e": "", "n": { "x": "nested" }, "z": null } }""");

            Assert.Equal(new[] { "two", "ten", "bee" }, document.GetListValues("L").Select(v => v.Value));
        }

        // ---- lists from scalars -------------------------------------------------------------------------------

        [Fact]
        public void ScalarList_IsSplitAtCommasAndSemicolons_Trimmed_EachPartAtItsOwnColumn()
        {
            var index = Index(("/p/appsettings.json", "{\n  \"Sanctions\": { \"BlockedCountries\": \"IR, KP;;SY \" }\n}"));

            Assert.True(index.TryGetStringList("Sanctions:BlockedCountries", out var list));
            Assert.Equal(new[] { "IR", "KP", "SY" }, list.Select(v => v.Value));

            // Line 1: `  "Sanctions": { "BlockedCountries": "IR, KP;;SY " }`; IR at column 38, KP at 42, SY at 46 (0-based).
            Assert.Equal(new[] { (1, 38, 40), (1, 42, 44), (1, 46, 48) }, list.Select(v => Span(v.Location)));
            Assert.All(list, v => Assert.Equal("Sanctions:BlockedCountries", v.Key));
        }

        [Fact]
        public void ScalarList_WithOneValue_IsOneElementAtTheWholeToken()
        {
            var index = Index(("/p/appsettings.json", """{ "Geo": { "Blocked": "IR" } }"""));

            Assert.True(index.TryGetStringList("Geo:Blocked", out var list));
            var value = Assert.Single(list);
            Assert.Equal("IR", value.Value);
            Assert.Equal((0, 22, 26), Span(value.Location));
        }

        [Fact]
        public void ScalarList_WithEscapes_PointsEachPartAtTheWholeString()
        {
            var index = Index(("/p/appsettings.json", """{ "B": "\u0049R,KP" }"""));

            Assert.True(index.TryGetStringList("B", out var list));
            Assert.Equal(new[] { "IR", "KP" }, list.Select(v => v.Value));
            Assert.All(list, v => Assert.Equal((0, 7, 19), Span(v.Location)));
        }

        // ---- several files ------------------------------------------------------------------------------------

        [Fact]
        public void Lists_AreTheUnionAcrossFiles_InLoadOrder_WithoutRepeats()
        {
            var index = Index(
                ("/p/appsettings.Production.json", """{ "Geo": { "BlockedCountries": ["kp", "SY"] } }"""),
                ("/p/appsettings.json", """{ "Geo": { "BlockedCountries": ["IR", "KP"] } }"""));

            Assert.True(index.TryGetStringList("Geo:BlockedCountries", out var list));
            Assert.Equal(new[] { "IR", "KP", "SY" }, list.Select(v => v.Value));
            Assert.Equal(
                new[] { "/p/appsettings.json", "/p/appsettings.json", "/p/appsettings.Production.json" },
                list.Select(v => v.Location.GetLineSpan().Path));
        }

        [Fact]
        public void Lists_UnionAScalarListInOneFileWithAnArrayInAnother()
        {
            var index = Index(
                ("/p/appsettings.json", """{ "Geo": { "Blocked": "IR,CU" } }"""),
                ("/p/appsettings.Staging.json", """{ "Geo": { "Blocked": ["SY"] } }"""));

            Assert.True(index.TryGetStringList("Geo:Blocked", out var list));
            Assert.Equal(new[] { "IR", "CU", "SY" }, list.Select(v => v.Value));
        }

        [Fact]
        public void Values_LaterFilesOverride_AppSettingsJsonFirst_ThenEnvironmentFilesInOrdinalOrder()
        {
            var index = Index(
                ("/p/appsettings.Production.json", """{ "Geo": { "Mode": "production" } }"""),
                ("/p/AppSettings.Development.json", """{ "Geo": { "Mode": "development", "Dev": "only" } }"""),
                ("/p/appsettings.json", """{ "Geo": { "Mode": "base", "Base": "only" } }"""));

            Assert.Equal(
                new[] { "/p/appsettings.json", "/p/AppSettings.Development.json", "/p/appsettings.Production.json" },
                index.Documents.Select(d => d.Path));
            Assert.True(index.TryGetValue("Geo:Mode", out var mode));
            Assert.Equal("production", mode.Value);
            Assert.Equal("/p/appsettings.Production.json", mode.Location.GetLineSpan().Path);
            Assert.True(index.TryGetValue("Geo:Base", out _));
            Assert.True(index.TryGetValue("Geo:Dev", out _));
        }

        [Fact]
        public void Files_AreSelectedByNameOrByMetadata_OthersAreIgnored()
        {
            var files = ImmutableArray.Create<AdditionalText>(
                new TestAdditionalText("/p/appsettings.json", """{ "A": "base" }"""),
                new TestAdditionalText(@"C:\p\APPSETTINGS.Local.JSON", """{ "B": "windows path, upper case" }"""),
                new TestAdditionalText("/p/geo.json", """{ "C": "tagged" }"""),
                new TestAdditionalText("/p/other.json", """{ "D": "ignored" }"""),
                new TestAdditionalText("/p/appsettings.json.bak", """{ "E": "ignored" }"""),
                new TestAdditionalText("/p/AnalyzerReleases.Shipped.md", "## Release 1.0"),
                new TestAdditionalText("/p/policy.json", """{ "F": "other kind" }"""));
            var options = new TestOptionsProvider(new Dictionary<string, string>
            {
                ["/p/geo.json"] = "AppSettings",
                ["/p/policy.json"] = "Policy",
            });

            var index = AppSettingsIndex.Create(files, options, CancellationToken.None);

            Assert.Equal(new[] { "/p/appsettings.json", @"C:\p\APPSETTINGS.Local.JSON", "/p/geo.json" }, index.Documents.Select(d => d.Path));
            Assert.Empty(index.Malformed);
            Assert.True(index.TryGetValue("C", out _));
            Assert.False(index.TryGetValue("D", out _));
            Assert.False(index.TryGetValue("E", out _));
            Assert.False(index.TryGetValue("F", out _));
        }

        [Fact]
        public void NoFiles_GiveAnEmptyIndex()
        {
            var index = AppSettingsIndex.Create(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(), CancellationToken.None);

            Assert.Empty(index.Documents);
            Assert.False(index.TryGetStringList("Geo:BlockedCountries", out _));
        }

        [Fact]
        public void MalformedFile_IsListed_ContributesNothing_AndTheOthersStillResolve()
        {
            var index = Index(
                ("/p/appsettings.json", """{ "Geo": { "BlockedCountries": ["IR"] } }"""),
                ("/p/appsettings.Production.json", """{ "Geo": { "BlockedCountries": ["KP" """));

            var malformed = Assert.Single(index.Malformed);
            Assert.Equal("/p/appsettings.Production.json", malformed.Path);
            Assert.Empty(malformed.Entries);
            Assert.True(index.TryGetStringList("Geo:BlockedCountries", out var list));
            Assert.Equal(new[] { "IR" }, list.Select(v => v.Value));
        }

        [Fact]
        public void UnreadableFile_IsMalformed()
        {
            var files = ImmutableArray.Create<AdditionalText>(new TestAdditionalText("/p/appsettings.json", (SourceText?)null));

            var index = AppSettingsIndex.Create(files, new TestOptionsProvider(), CancellationToken.None);

            var document = Assert.Single(index.Malformed);
            Assert.Equal("/p/appsettings.json", document.Error!.Location.GetLineSpan().Path);
        }

        // ---- locations ----------------------------------------------------------------------------------------

        [Fact]
        public void ListElements_PointAtTheirTokenInAMultiLineFile()
        {
            const string Json = """
                {
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  "Geo": {
                    "BlockedCountries": [
                      "IR",
                        "KP"
                    ]
                  }
                }
                """;
            var index = Index(("/p/appsettings.json", Json));

            Assert.True(index.TryGetStringList("Geo:BlockedCountries", out var list));
            Assert.Equal(new[] { (4, 6, 10), (5, 8, 12) }, list.Select(v => Span(v.Location)));
            Assert.Equal("\"IR\"", Json.Substring(list[0].Location.SourceSpan.Start, list[0].Location.SourceSpan.Length));
            Assert.Equal("/p/appsettings.json", list[0].Location.GetLineSpan().Path);
            Assert.Equal(LocationKind.ExternalFile, list[0].Location.Kind);
        }

        [Fact]
        public void Locations_CountCharacters_WithCrLfEscapesAndNonAscii()
        {
            var document = Parse("{\r\n  \"Name\": \"Bücher \\u00e4\", \"n\": 42,\r\n  \"L\": [\"\\\"x\", \"IR\"]\r\n}");

            Assert.Equal((1, 10, 25), Span(document.Values["Name"].Location));
            Assert.Equal((1, 32, 34), Span(document.Values["n"].Location));
            Assert.Equal((2, 15, 19), Span(document.Values["L:1"].Location));
        }

        // ---- malformed input ----------------------------------------------------------------------------------

        [Fact]
        public void TruncatedJson_IsAnError_AtTheEnd_NamingTheUnclosedObject()
        {
            var document = Parse("{\n  \"Geo\": {\n    \"BlockedCountries\": [\"IR\", \"KP\"]\n");

            Assert.NotNull(document.Error);
            Assert.Empty(document.Entries);
            Assert.Empty(document.Values);
            Assert.Equal(3, document.Error!.LineSpan.Start.Line);
            Assert.Contains("line 2", document.Error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void UnterminatedString_IsAnError_OnTheLineWhereItStarts()
        {
            var document = Parse("{\n  \"a\": \"ok\",\n  \"b\": \"never closed,\n  \"c\": 1\n}");

            Assert.NotNull(document.Error);
            Assert.Equal((2, 7), (document.Error!.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
            Assert.Contains("Unterminated string", document.Error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 2, 2, "Expected ','")]
        [InlineData("{\n  \"a\" 1\n}", 1, 6, "Expected ':'")]
        [InlineData("{ 'a': 1 }", 0, 2, "property name")]
        [InlineData("{ \"a\": 01 }", 0, 7, "Invalid JSON value '01'")]
        [InlineData("{ \"a\": NaN }", 0, 7, "Invalid JSON value 'NaN'")]
        [InlineData("{ \"a\": 1. }", 0, 7, "Invalid JSON value '1.'")]
        [InlineData("{ \"a\": tru }", 0, 7, "Invalid JSON value 'tru'")]
        [InlineData("{ \"a\": 1 }\n{ \"b\": 2 }", 1, 0, "after the end of the root object")]
        [InlineData("{ \"a\": 1 }}", 0, 10, "after the end of the root object")]
        [InlineData("{ \"a\": [1 }", 0, 10, "Expected ',' or ']'")]
        [InlineData("{ \"a\": [,] }", 0, 8, "Expected a JSON value")]
        [InlineData("{ , }", 0, 2, "property name")]
        [InlineData("{ \"a\": 1,, \"b\": 2 }", 0, 9, "property name")]
        [InlineData("{ \"a\": \"\\x\" }", 0, 8, "Invalid escape")]
        [InlineData("{ \"a\": \"\\u12\" }", 0, 8, "four hexadecimal digits")]
        [InlineData("{ \"a\": \"\\ud800\" }", 0, 8, "surrogate")]
        [InlineData("{ \"a\": \"tab\there\" }", 0, 11, "must be escaped")]
        [InlineData("{ \"a\": 1 /* open", 0, 9, "Unterminated comment")]
        [InlineData("{ \"a\": 1 / 2 }", 0, 9, "Expected ','")]
        [InlineData("{ \"a\": +1 }", 0, 7, "Invalid JSON value '+1'")]
        [InlineData("{ \"a\": \"x\" \uFEFF }", 0, 11, "Expected ','")]
        public void SyntaxErrors_AreReportedAtTheirPosition(string json, int line, int character, string message)
        {
            var document = Parse(json);

            Assert.NotNull(document.Error);
            Assert.Contains(message, document.Error!.Message, StringComparison.Ordinal);
            Assert.Equal((line, character), (document.Error.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
            Assert.Empty(document.Entries);
        }

        [Fact]
        public void DuplicateKeys_IgnoringCase_AreAnError_AtTheSecondName_AsTheProviderRejectsTheFile()
        {
            var document = Parse("{\n  \"Geo\": { \"Blocked\": \"IR\" },\n  \"geo\": { \"blocked\": \"KP\" }\n}");

            Assert.NotNull(document.Error);
            Assert.Contains("duplicate key 'geo:blocked'", document.Error!.Message, StringComparison.Ordinal);
            Assert.Equal((2, 11), (document.Error.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
        }

        [Fact]
        public void DuplicateKeys_ThroughAColonInAName_AreAnError()
        {
            var document = Parse("""{ "a": { "x": 1 }, "a:x": 2 }""");

            Assert.NotNull(document.Error);
            Assert.Contains("'a:x'", document.Error!.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AnEmptyContainerAfterAValue_ReplacesIt_AsTheProviderDoes()
        {
            var document = Parse("""{ "a": 1, "a": [], "b": "kept" }""");

            Assert.Null(document.Error);
            Assert.False(document.TryGetValue("a", out _));
            Assert.Equal("kept", Value(document, "b"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n  ")]
        [InlineData("// nothing but a comment")]
        [InlineData("\uFEFF")]
        public void EmptyFile_IsAnError_AtTheStart(string json)
        {
            var document = Parse(json);

            Assert.NotNull(document.Error);
            Assert.Contains("empty", document.Error!.Message, StringComparison.Ordinal);
            Assert.Equal(0, document.Error.LineSpan.Start.Line);
        }

        [Theory]
        [InlineData("[\"IR\", \"KP\"]")]
        [InlineData("\n\"IR\"")]
        [InlineData("42")]
        [InlineData("null")]
        public void RootThatIsNotAnObject_IsAnError_AtTheRoot(string json)
        {
            var document = Parse(json);

            Assert.NotNull(document.Error);
            Assert.Contains("must be an object", document.Error!.Message, StringComparison.Ordinal);
            Assert.Equal(json.StartsWith('\n') ? 1 : 0, document.Error.LineSpan.Start.Line);
        }

        [Fact]
        public void ByteOrderMark_IsAccepted_InTheTextOrDecodedFromBytes()
        {
            var fromString = Parse("\uFEFF{ \"a\": \"b\" }");
            var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{ \"a\": \"b\" }")).ToArray();
            var fromBytes = AppSettingsDocument.Parse(SourceText.From(bytes, bytes.Length), Path);

            Assert.Null(fromString.Error);
            Assert.Equal("b", Value(fromString, "a"));
            Assert.Equal((0, 8, 11), Span(fromString.Values["a"].Location)); // the mark is a character of the text
            Assert.Null(fromBytes.Error);
            Assert.Equal("b", Value(fromBytes, "a"));
        }

        [Fact]
        public void DeepNesting_IsCappedAt64_LikeTheProvider()
        {
            Assert.Null(Parse(Nest(64)).Error);

            var document = Parse(Nest(65));
            Assert.NotNull(document.Error);
            Assert.Contains("maximum depth of 64", document.Error!.Message, StringComparison.Ordinal);
            Assert.Equal((0, 64 * 5), (document.Error.LineSpan.Start.Line, document.Error.LineSpan.Start.Character));
        }

        [Fact]
        public void TenThousandLevels_DoNotOverflowTheStack()
        {
            var document = Parse(new string('[', 10_000) + new string(']', 10_000));
            var objects = Parse(Nest(10_000));

            Assert.NotNull(document.Error);
            Assert.Contains("must be an object", document.Error!.Message, StringComparison.Ordinal);
            Assert.NotNull(objects.Error);
            Assert.Contains("maximum depth", objects.Error!.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4)]
        [InlineData(5)]
        public void RandomBytes_GiveAnError_NeverAnException(int seed)
        {
            var random = new Random(seed);
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            bytes[0] = (byte)'{';
            var text = SourceText.From(bytes, bytes.Length);

            var document = AppSettingsDocument.Parse(text, Path);

            Assert.NotNull(document.Error);
            Assert.InRange(document.Error!.LineSpan.Start.Line, 0, text.Lines.Count - 1);
            Assert.Empty(document.Entries);
        }

        [Fact]
        public void TooLargeFile_IsAnError_WithoutReadingIt()
        {
            var document = Parse("{\"a\":\"" + new string('x', AppSettingsDocument.MaxLength) + "\"}");

            Assert.NotNull(document.Error);
            Assert.Contains("larger than", document.Error!.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void LargeValidFile_IsReadCompletely()
        {
            var json = new StringBuilder("{ \"Big\": [");
            for (var i = 0; i < 20_000; i++)
            {
                json.Append(i == 0 ? string.Empty : ",\n").Append("{ \"Name\": \"n").Append(i).Append("\", \"On\": true }");
            }

            var document = Parse(json.Append("] }").ToString());

            Assert.Null(document.Error);
            Assert.Equal(40_000, document.Entries.Length);
            Assert.Equal("n19999", Value(document, "Big:19999:Name"));
            Assert.Equal(19_999, document.Values["Big:19999:Name"].Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void Cancellation_IsObserved()
        {
            using var source = new CancellationTokenSource();
            source.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => AppSettingsDocument.Parse(SourceText.From("{ \"a\": 1 }"), Path, source.Token));
        }

        // ---- helpers ------------------------------------------------------------------------------------------

        internal static AppSettingsDocument Parse(string json) => AppSettingsDocument.Parse(SourceText.From(json), Path);

        private static AppSettingsIndex Index(params (string Path, string Json)[] files) =>
            AppSettingsIndex.Create(
                files.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Json)).ToImmutableArray(),
                new TestOptionsProvider(),
                CancellationToken.None);

        private static string Value(AppSettingsDocument document, string key)
        {
            Assert.True(document.TryGetValue(key, out var value), "missing key " + key);
            return value.Value;
        }

        // (line, start column, end column), 0-based, of a location on one line.
        private static (int Line, int Start, int End) Span(Location location)
        {
            var span = location.GetLineSpan().Span;
            Assert.Equal(span.Start.Line, span.End.Line);
            return (span.Start.Line, span.Start.Character, span.End.Character);
        }

        // {"a":{"a":...{"a":1}...}}: depth objects, the root included.
        private static string Nest(int depth) =>
            "{" + string.Concat(Enumerable.Repeat("\"a\":{", depth - 1)) + "\"b\":1" + new string('}', depth);
    }

    /// <summary>An additional file with fixed text, as the compiler would pass it.</summary>
    internal sealed class TestAdditionalText : AdditionalText
    {
        private readonly SourceText? _text;

        public TestAdditionalText(string path, string text)
            : this(path, SourceText.From(text))
        {
        }

        public TestAdditionalText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Per-file SanctionsKind metadata, as build/SanctionsAnalyzers.targets makes visible to the compiler.</summary>
    internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly IReadOnlyDictionary<string, string> _kindByPath;

        public TestOptionsProvider(IReadOnlyDictionary<string, string>? kindByPath = null)
        {
            _kindByPath = kindByPath ?? new Dictionary<string, string>();
        }

        public override AnalyzerConfigOptions GlobalOptions => TestOptions.None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _kindByPath.TryGetValue(textFile.Path, out var kind)
                ? new TestOptions(ImmutableDictionary<string, string>.Empty.Add(AppSettingsIndex.KindMetadataKey, kind))
                : TestOptions.None;

        private sealed class TestOptions : AnalyzerConfigOptions
        {
            public static readonly TestOptions None = new TestOptions(ImmutableDictionary<string, string>.Empty);

            private readonly ImmutableDictionary<string, string> _values;

            public TestOptions(ImmutableDictionary<string, string> values)
            {
                _values = values;
            }

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
