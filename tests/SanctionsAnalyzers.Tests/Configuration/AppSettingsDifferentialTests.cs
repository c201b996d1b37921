using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SanctionsAnalyzers.Configuration;
using Xunit;

namespace SanctionsAnalyzers.Tests.Configuration
{
    /// <summary>
    /// The analyzer's reader against the runtime's: System.Text.Json with the options and the flattening of
    /// Microsoft.Extensions.Configuration.Json (JsonConfigurationFileParser), on realistic files and thousands of
    /// mutations of them. Both must accept and reject the same texts and give the same values.
    /// </summary>
    public class AppSettingsDifferentialTests
    {
        private static readonly string[] Samples =
        {
            """
            {
              // ASP.NET Core template
              "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
              "AllowedHosts": "*",
              "Geo": {
                "BlockedCountries": [ "IR", "KP", "CU", ], /* trailing comma */
                "Mode": "deny", "Limit": 1.5e3, "Enabled": true, "Missing": null,
                "Regions": [ { "Code": "UA-43", "Name": "Crim\u00e9e \"quoted\"" }, [ 1, -0.25, false ] ],
                "Empty": [], "None": {}
              },
              "Sanctions:BlockedCountries": "IR,KP;SY",
              "Paths": { "Root": "C:\\data\\geo", "Url": "https://example.com//a/*b*/" }
            }
            """,
            "{\"a\":{\"b\":[1,2,{\"c\":\"\\ud83d\\ude00\",\"d\":[]}]},\"e\":\"\\/\\b\\f\\n\\r\\t\",\"f\":0,\"g\":-1E-2}",
            "\uFEFF{ \"x\" : [ \"y\" , \"z\" ] , \"n\" : null }\r\n// end",
        };

        private static readonly string[] Insertions =
        {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "/", "*", "//", "/*", "*/", "\n", "\r", "\t", " ", "0", "1", "-", ".", "e", "+",
            "t", "n", "a", "u", "'", "\uFEFF", "\u00e4", "\\u", "\\ud800", "\"a\":", ",}", ",]", "null", "true", "\u0001",
        };

        [Fact]
        public void Samples_AreReadAsTheRuntimeReadsThem()
        {
            foreach (var sample in Samples)
            {
                AssertSameAsRuntime(sample);
                Assert.Null(AppSettingsIndexTests.Parse(sample).Error);
            }
        }

        [Fact]
        public void MutatedSamples_AreAcceptedOrRejectedAsTheRuntimeDoes_WithTheSameValues()
        {
            var random = new Random(20250701);
            for (var i = 0; i < 6000; i++)
            {
                var text = Samples[i % Samples.Length];
                var mutations = 1 + random.Next(3);
                for (var m = 0; m < mutations; m++)
                {
                    text = Mutate(text, random);
                }

                AssertSameAsRuntime(text);
            }
        }

        private static string Mutate(string text, Random random)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    return at < text.Length ? text.Remove(at, 1) : text;
                case 1:
                    return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
                case 2:
                    return text.Substring(0, at);
                default:
                    var length = Math.Min(text.Length - at, random.Next(12));
                    return text.Insert(random.Next(text.Length + 1), text.Substring(at, length));
            }
        }

        private static void AssertSameAsRuntime(string text)
        {
            var expected = RuntimeFlatten(text);
            var document = AppSettingsIndexTests.Parse(text);

            if (expected is null)
            {
                Assert.True(document.Error is not null, "The runtime rejects, the analyzer accepts:\n" + text);
                return;
            }

            Assert.True(document.Error is null, "The runtime accepts, the analyzer rejects (" + document.Error + "):\n" + text);
            var actual = document.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value.Value);
            var runtime = expected.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value);
            Assert.Equal(runtime, actual);
        }

        // Microsoft.Extensions.Configuration.Json's JsonConfigurationFileParser, on the bytes a file would hold; null when it throws.
        private static Dictionary<string, string?>? RuntimeFlatten(string text)
        {
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
            try
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
                using var document = JsonDocument.Parse(stream, options);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                Visit(document.RootElement, null, data);
                return data;
            }
            catch (Exception e) when (e is JsonException || e is FormatException || e is InvalidOperationException)
            {
                return null;
            }
        }

        // path is null at the root only: a member named "" below it still adds a ':' ("":{"b":1} gives ":b").
        private static void Visit(JsonElement element, string? path, Dictionary<string, string?> data)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var empty = true;
                    foreach (var property in element.EnumerateObject())
                    {
                        empty = false;
                        Visit(property.Value, path is null ? property.Name : path + ":" + property.Name, data);
                    }

                    if (empty && path is not null)
                    {
                        data[path] = null;
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item, path + ":" + index, data);
                        index++;
                    }

                    if (index == 0 && path is not null)
                    {
                        data[path] = null;
                    }

                    break;
                default:
                    if (path is null || data.ContainsKey(path))
                    {
                        throw new FormatException("A duplicate key '" + path + "' was found.");
                    }

                    data[path] = element.ValueKind == JsonValueKind.Null ? null : element.ToString();
                    break;
            }
        }
    }
}
